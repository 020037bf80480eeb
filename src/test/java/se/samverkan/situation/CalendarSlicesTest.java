package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import se.samverkan.situation.CalendarSlices.Grain;
import se.samverkan.situation.CalendarSlices.Slice;

class CalendarSlicesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void countsEveryDayOfRandomPeriodsOnceAndNoDayOutside() {
		SplittableRandom random = new SplittableRandom(12);
		for (int i = 0; i < 3000; i++) {
			LocalDate first = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2500));
			LocalDate last = first.plusDays(random.nextInt(i % 3 == 0 ? 40 : 2000));
			assertCoversExactly(CalendarSlices.forCounts(first, last), first, last);
			assertCoversExactly(CalendarSlices.forCells(first, last, TODAY.plusDays(random.nextInt(-2000, 2000))), first, last);
		}
	}

	@Test
	void readsWholeYearsFromTheYearlyCellsAlone() {
		assertThat(CalendarSlices.forCells(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), TODAY))
			.containsExactly(new Slice(Grain.YEAR, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1), 1));
	}

	@Test
	void takesAMonthThatEndsTodayWholeAndSubtractsTheRestOfIt() {
		assertThat(CalendarSlices.forCells(LocalDate.of(2026, 1, 1), TODAY, TODAY)).containsExactlyInAnyOrder(
				new Slice(Grain.RAW, LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 1), -1),
				new Slice(Grain.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), 1));
	}

	@Test
	void readsTheFewDaysAtTheEdgeOfAMonthFromTheObservations() {
		assertThat(CalendarSlices.forCells(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 5, 31), TODAY)).containsExactlyInAnyOrder(
				new Slice(Grain.RAW, LocalDate.of(2025, 3, 30), LocalDate.of(2025, 4, 1), 1),
				new Slice(Grain.MONTH, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 1), 1));
	}

	@Test
	void readsWholeWeeksFromTheWeeklyCountsAndTheEdgesByDay() {
		// 2025-01-01 is a Wednesday, 2025-12-31 too.
		assertThat(CalendarSlices.forCounts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).containsExactly(
				new Slice(Grain.DAY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 6), 1),
				new Slice(Grain.WEEK, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 12, 29), 1),
				new Slice(Grain.DAY, LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 1), 1));
	}

	private static void assertCoversExactly(List<Slice> slices, LocalDate first, LocalDate last) {
		Map<LocalDate, Integer> weight = new HashMap<>();
		for (Slice slice : slices) {
			for (LocalDate day = start(slice.grain(), slice.from()); day.isBefore(slice.to()); day = next(slice.grain(), day)) {
				for (LocalDate d = day; d.isBefore(next(slice.grain(), day)); d = d.plusDays(1)) {
					weight.merge(d, slice.sign(), Integer::sum);
				}
			}
		}
		weight.forEach((day, w) -> assertThat(w).as("%s in %s..%s from %s", day, first, last, slices)
			.isEqualTo(day.isBefore(first) || day.isAfter(last) ? 0 : 1));
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			assertThat(weight.get(day)).as("%s in %s..%s from %s", day, first, last, slices).isEqualTo(1);
		}
	}

	/** The slice's first period, which must start on the grain's boundary. */
	private static LocalDate start(Grain grain, LocalDate from) {
		LocalDate aligned = switch (grain) {
			case DAY, RAW -> from;
			case WEEK -> CalendarSlices.startOfWeek(from);
			case MONTH -> CalendarSlices.startOfMonth(from);
			case YEAR -> CalendarSlices.startOfYear(from);
		};
		assertThat(from).as("%s slice starting on its boundary", grain).isEqualTo(aligned);
		return from;
	}

	private static LocalDate next(Grain grain, LocalDate day) {
		return switch (grain) {
			case DAY, RAW -> day.plusDays(1);
			case WEEK -> day.plusWeeks(1);
			case MONTH -> day.plusMonths(1);
			case YEAR -> day.plusYears(1);
		};
	}
}
