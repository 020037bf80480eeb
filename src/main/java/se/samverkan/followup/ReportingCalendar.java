package se.samverkan.followup;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's reporting calendar: when each period's follow-up report is due (month and day,
 * {@code MM-DD}), and how many days before that the coordinators are reminded. Defaults follow
 * Stockholm's cycle: tertial 1 by the end of May, tertial 2 by the end of September, the year by the
 * end of January after. Set with {@code SAMVERKAN_REPORTING_T1_DUE=05-31},
 * {@code SAMVERKAN_REPORTING_T2_DUE}, {@code SAMVERKAN_REPORTING_YEAR_DUE},
 * {@code SAMVERKAN_REPORTING_REMIND_DAYS_BEFORE}.
 */
@ConfigurationProperties("samverkan.reporting")
public record ReportingCalendar(String t1Due, String t2Due, String yearDue, Integer remindDaysBefore) {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

	public ReportingCalendar {
		t1Due = valid(t1Due, "05-31");
		t2Due = valid(t2Due, "09-30");
		yearDue = valid(yearDue, "01-31");
		remindDaysBefore = remindDaysBefore == null ? 14 : remindDaysBefore;
		if (remindDaysBefore < 0 || remindDaysBefore > 120) {
			throw new IllegalArgumentException("samverkan.reporting.remind-days-before must be 0-120");
		}
	}

	private static String valid(String value, String fallback) {
		String text = value == null || value.isBlank() ? fallback : value.trim();
		MonthDay.parse(text, MONTH_DAY);
		return text;
	}

	/** The day the period's report is due; the year's falls in the year after. */
	public LocalDate dueDate(ReportPeriod period) {
		return switch (period.kind()) {
			case T1 -> MonthDay.parse(t1Due, MONTH_DAY).atYear(period.year());
			case T2 -> MonthDay.parse(t2Due, MONTH_DAY).atYear(period.year());
			case YEAR -> MonthDay.parse(yearDue, MONTH_DAY).atYear(period.year() + 1);
		};
	}

	/** From this day on a report not yet submitted is reminded of. */
	public LocalDate remindFrom(ReportPeriod period) {
		return dueDate(period).minusDays(remindDaysBefore);
	}
}
