package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.samverkan.platform.rules.InvalidInput;

class OverviewPeriodTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void isTheLastTwelveMonthsWithoutDates() {
		assertThat(OverviewPeriod.of(null, null, TODAY)).isEqualTo(new OverviewPeriod(LocalDate.of(2025, 12, 3), TODAY));
	}

	@Test
	void comparesWithThePeriodOfTheSameLengthJustBefore() {
		OverviewPeriod year = OverviewPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TODAY);
		assertThat(year.days()).isEqualTo(366);
		assertThat(year.previous()).isEqualTo(new OverviewPeriod(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31)));
	}

	@Test
	void refusesAPeriodBackwardsTooLongOrOutOfRangeNamingTheField() {
		assertThatThrownBy(() -> OverviewPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("from"));
		assertThatThrownBy(() -> OverviewPeriod.of(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 1, 1), TODAY))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> OverviewPeriod.of(null, LocalDate.of(9999, 1, 1), TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("to"));
	}

	@Test
	void aPageShowsTheDefaultInsteadOfRefusing() {
		assertThat(OverviewPeriod.lenient(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), TODAY))
			.isEqualTo(new OverviewPeriod(LocalDate.of(2024, 1, 2), LocalDate.of(2025, 1, 1)));
	}
}
