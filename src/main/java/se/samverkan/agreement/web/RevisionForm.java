package se.samverkan.agreement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.agreement.RevisionManagement.RevisionArea;
import se.samverkan.agreement.RevisionManagement.RevisionInput;

/**
 * The draft of a revised overarching agreement as the form shows and sends it: the text, the
 * validity, and one row per priority area (with two empty rows for new areas), each with the
 * earlier areas it continues. Fields are named {@code code-0}, {@code mapsFrom-0} and so on.
 */
public final class RevisionForm {

	/** Empty rows offered for new areas. */
	static final int SPARE_ROWS = 2;

	public record Row(String code, String name, String nameEn, String description, List<String> mapsFrom) {

		boolean isEmpty() {
			return blank(code) && blank(name) && blank(nameEn) && blank(description) && mapsFrom.isEmpty();
		}

		public boolean continues(String earlierCode) {
			return mapsFrom.contains(earlierCode);
		}
	}

	private final String title;

	private final String goal;

	private final String validFrom;

	private final String validTo;

	private final Integer version;

	private final List<Row> rows;

	private RevisionForm(String title, String goal, String validFrom, String validTo, Integer version, List<Row> rows) {
		this.title = title;
		this.goal = goal;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.version = version;
		this.rows = rows;
	}

	static RevisionForm of(Agreement agreement, List<PriorityArea> areas, Map<UUID, List<String>> mapsFrom) {
		List<Row> rows = new ArrayList<>();
		areas.forEach(area -> rows.add(new Row(area.code(), area.name(), area.nameEn(), area.description(),
				mapsFrom.getOrDefault(area.id(), List.of()))));
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(new Row("", "", "", "", List.of()));
		}
		return new RevisionForm(agreement.title(), agreement.goal(), String.valueOf(agreement.validFrom()),
				agreement.validTo() == null ? "" : agreement.validTo().toString(), agreement.version(), rows);
	}

	static RevisionForm from(MultiValueMap<String, String> values) {
		int count;
		try {
			count = Math.min(Integer.parseInt(first(values, "rows")), 50);
		}
		catch (NumberFormatException ex) {
			count = 0;
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<String> from = values.getOrDefault("mapsFrom-" + i, List.of());
			rows.add(new Row(first(values, "code-" + i), first(values, "name-" + i), first(values, "nameEn-" + i),
					first(values, "description-" + i), List.copyOf(from)));
		}
		Integer version;
		try {
			version = Integer.valueOf(first(values, "version"));
		}
		catch (NumberFormatException ex) {
			version = null;
		}
		return new RevisionForm(first(values, "title"), first(values, "goal"), first(values, "validFrom"),
				first(values, "validTo"), version, rows);
	}

	/** The input for the service: empty rows left out; a date that is not one reads as missing. */
	RevisionInput toInput() {
		List<RevisionArea> areas = rows.stream()
			.filter(row -> !row.isEmpty())
			.map(row -> new RevisionArea(row.code(), row.name(), row.nameEn(), row.description(), row.mapsFrom()))
			.toList();
		return new RevisionInput(title, goal, date(validFrom), date(validTo), areas);
	}

	/**
	 * The service names an area by its place among the areas it was given ({@code priorityAreas[1].code});
	 * the form's rows include empty ones, so the index is mapped back to the row's.
	 */
	Map<String, String> errorsByField(Map<String, String> errors) {
		List<Integer> sent = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).isEmpty()) {
				sent.add(i);
			}
		}
		Map<String, String> mapped = new java.util.LinkedHashMap<>();
		errors.forEach((field, message) -> {
			var matcher = java.util.regex.Pattern.compile("priorityAreas\\[(\\d+)](.*)").matcher(field);
			if (matcher.matches() && Integer.parseInt(matcher.group(1)) < sent.size()) {
				mapped.put("priorityAreas[" + sent.get(Integer.parseInt(matcher.group(1))) + "]" + matcher.group(2), message);
			}
			else {
				mapped.put(field, message);
			}
		});
		return mapped;
	}

	public String getTitle() {
		return title;
	}

	public String getGoal() {
		return goal;
	}

	public String getValidFrom() {
		return validFrom;
	}

	public String getValidTo() {
		return validTo;
	}

	public Integer getVersion() {
		return version;
	}

	public List<Row> getRows() {
		return rows;
	}

	private static LocalDate date(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String first(MultiValueMap<String, String> values, String name) {
		String value = values.getFirst(name);
		return value == null ? "" : value;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
