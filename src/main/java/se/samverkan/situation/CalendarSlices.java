package se.samverkan.situation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Cuts a period of whole days into the pieces the aggregates are kept in, so an overview reads a
 * few aggregate rows instead of every observation. Counts come in weeks and days: whole ISO weeks
 * from the weekly counts and the days at either edge from the daily ones. Hotspot cells come in
 * years, months and raw days: whole years and months from the cell counts, and the days at the
 * edges from the observations themselves. Where a month is mostly inside the period it is cheaper
 * to take the whole month and subtract the few days outside (a period that ends today subtracts
 * the rest of the month, which holds nothing), so a slice carries a sign; the same holds for a
 * year made mostly of months inside the period. Every day of the period is counted exactly once
 * and every day outside it nets to zero.
 */
final class CalendarSlices {

	enum Grain {
		/** Days, read from the daily counts. */
		DAY,
		/** ISO weeks starting on Monday, read from the weekly counts. */
		WEEK,
		/** Months, read from the monthly cell counts. */
		MONTH,
		/** Years, read from the yearly cell counts. */
		YEAR,
		/** Days, read from the observations themselves. */
		RAW
	}

	/**
	 * Aggregate rows of the grain whose period starts in {@code [from, to)} (for DAY and RAW: the
	 * days {@code [from, to)}), counted with {@code sign}.
	 */
	record Slice(Grain grain, LocalDate from, LocalDate to, int sign) {
	}

	private CalendarSlices() {
	}

	/** The week and day slices of the days {@code first} to {@code last}, both included. */
	static List<Slice> forCounts(LocalDate first, LocalDate last) {
		LocalDate end = last.plusDays(1);
		LocalDate firstMonday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		LocalDate endMonday = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Slice> slices = new ArrayList<>();
		if (firstMonday.isBefore(endMonday)) {
			addIfAny(slices, Grain.DAY, first, firstMonday, 1);
			slices.add(new Slice(Grain.WEEK, firstMonday, endMonday, 1));
			addIfAny(slices, Grain.DAY, endMonday, end, 1);
		}
		else {
			addIfAny(slices, Grain.DAY, first, end, 1);
		}
		return slices;
	}

	/**
	 * The year, month and raw-day slices of the days {@code first} to {@code last}, both included.
	 * Days after {@code today} cost nothing to subtract: nothing can have happened on them.
	 */
	static List<Slice> forCells(LocalDate first, LocalDate last, LocalDate today) {
		List<Slice> slices = new ArrayList<>();
		Cost cost = (from, to) -> Math.max(0, days(from, to.isAfter(today) ? today.plusDays(1) : to));
		LocalDate[] months = edges(first, last.plusDays(1), CalendarSlices::startOfMonth, d -> d.plusMonths(1),
				Grain.MONTH, Grain.RAW, cost, slices);
		if (months != null) {
			LocalDate[] years = edges(months[0], months[1], CalendarSlices::startOfYear, d -> d.plusYears(1), Grain.YEAR,
					Grain.MONTH, cost, slices);
			if (years != null) {
				addIfAny(slices, Grain.YEAR, years[0], years[1], 1);
			}
		}
		return slices;
	}

	/** What reading the finer slice {@code [from, to)} costs, in days that can hold observations. */
	private interface Cost {

		long of(LocalDate from, LocalDate to);
	}

	/**
	 * Takes the partial units at the edges of {@code [start, end)} as finer slices (added, or the
	 * whole unit minus the part outside, whichever costs less) and returns the range of whole units
	 * left in the middle, or null when nothing is left.
	 */
	private static LocalDate[] edges(LocalDate start, LocalDate end, UnaryOperator<LocalDate> floor,
			UnaryOperator<LocalDate> next, Grain unit, Grain finer, Cost cost, List<Slice> slices) {
		if (!start.isBefore(end)) {
			return null;
		}
		LocalDate headUnit = floor.apply(start);
		LocalDate headEnd = next.apply(headUnit);
		if (!end.isAfter(headEnd) && (headUnit.isBefore(start) || end.isBefore(headEnd))) {
			// Inside one unit, touching neither both of its edges.
			if (cost.of(start, end) <= cost.of(headUnit, start) + cost.of(end, headEnd)) {
				slices.add(new Slice(finer, start, end, 1));
			}
			else {
				slices.add(new Slice(unit, headUnit, headEnd, 1));
				addIfAny(slices, finer, headUnit, start, -1);
				addIfAny(slices, finer, end, headEnd, -1);
			}
			return null;
		}
		LocalDate from = start;
		if (headUnit.isBefore(start)) {
			if (cost.of(start, headEnd) <= cost.of(headUnit, start)) {
				slices.add(new Slice(finer, start, headEnd, 1));
				from = headEnd;
			}
			else {
				slices.add(new Slice(finer, headUnit, start, -1));
				from = headUnit;
			}
		}
		LocalDate to = end;
		LocalDate tailUnit = floor.apply(end);
		if (tailUnit.isBefore(end)) {
			LocalDate tailEnd = next.apply(tailUnit);
			if (cost.of(tailUnit, end) <= cost.of(end, tailEnd)) {
				slices.add(new Slice(finer, tailUnit, end, 1));
				to = tailUnit;
			}
			else {
				slices.add(new Slice(finer, end, tailEnd, -1));
				to = tailEnd;
			}
		}
		return from.isBefore(to) ? new LocalDate[] { from, to } : null;
	}

	private static void addIfAny(List<Slice> slices, Grain grain, LocalDate from, LocalDate to, int sign) {
		if (from.isBefore(to)) {
			slices.add(new Slice(grain, from, to, sign));
		}
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	static LocalDate startOfWeek(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	static LocalDate startOfMonth(LocalDate day) {
		return day.withDayOfMonth(1);
	}

	static LocalDate startOfYear(LocalDate day) {
		return day.withDayOfYear(1);
	}
}
