package se.samverkan.agreement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.LocalAgreementInput;
import se.samverkan.agreement.LocalAgreementInput.FocusAreaInput;
import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.platform.rules.FieldProblem;

/**
 * The local agreement form: one row per priority area with either a focus area (title and
 * description) or the reason there is none. Works without JavaScript.
 */
public class LocalAgreementForm {

	private String title;

	private UUID districtId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	private Integer version;

	private UUID situationPictureId;

	public UUID getSituationPictureId() {
		return situationPictureId;
	}

	public void setSituationPictureId(UUID situationPictureId) {
		this.situationPictureId = situationPictureId;
	}

	private List<AreaRow> areas = new ArrayList<>();

	/** Which row each focus area and each reason came from, to put errors back on the right row. */
	private final List<Integer> focusRows = new ArrayList<>();

	private final List<Integer> reasonRows = new ArrayList<>();

	public static class AreaRow {

		private UUID priorityAreaId;

		private String name;

		private String focusTitle;

		private String focusDescription;

		private String reason;

		private UUID focusAreaId;

		public UUID getFocusAreaId() {
			return focusAreaId;
		}

		public void setFocusAreaId(UUID focusAreaId) {
			this.focusAreaId = focusAreaId;
		}

		public UUID getPriorityAreaId() {
			return priorityAreaId;
		}

		public void setPriorityAreaId(UUID priorityAreaId) {
			this.priorityAreaId = priorityAreaId;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getFocusTitle() {
			return focusTitle;
		}

		public void setFocusTitle(String focusTitle) {
			this.focusTitle = focusTitle;
		}

		public String getFocusDescription() {
			return focusDescription;
		}

		public void setFocusDescription(String focusDescription) {
			this.focusDescription = focusDescription;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	static LocalAgreementForm empty(UUID districtId, List<PriorityArea> areas) {
		LocalAgreementForm form = new LocalAgreementForm();
		form.districtId = districtId;
		form.validFrom = LocalDate.now();
		form.withAreas(areas);
		return form;
	}

	static LocalAgreementForm of(Agreement agreement, List<PriorityArea> areas) {
		LocalAgreementForm form = new LocalAgreementForm();
		form.title = agreement.title();
		form.districtId = agreement.districtId();
		form.validFrom = agreement.validFrom();
		form.validTo = agreement.validTo();
		form.version = agreement.version();
		form.situationPictureId = agreement.situationPictureId();
		form.withAreas(areas);
		for (AreaRow row : form.areas) {
			agreement.focusAreas()
				.stream()
				.filter(focus -> focus.priorityAreaId().equals(row.priorityAreaId))
				.findFirst()
				.ifPresent(focus -> {
					row.focusTitle = focus.title();
					row.focusDescription = focus.description();
					row.focusAreaId = focus.id();
				});
			agreement.notAddressed()
				.stream()
				.filter(reason -> reason.priorityAreaId().equals(row.priorityAreaId))
				.findFirst()
				.ifPresent(reason -> row.reason = reason.reason());
		}
		return form;
	}

	/** Puts the priority areas' names on the rows (they are not posted back). */
	void withAreas(List<PriorityArea> priorityAreas) {
		Map<UUID, AreaRow> posted = new HashMap<>();
		areas.forEach(row -> posted.put(row.priorityAreaId, row));
		List<AreaRow> rows = new ArrayList<>();
		for (PriorityArea area : priorityAreas) {
			AreaRow row = posted.getOrDefault(area.id(), new AreaRow());
			row.priorityAreaId = area.id();
			row.name = area.name();
			rows.add(row);
		}
		areas = rows;
	}

	LocalAgreementInput toInput() {
		List<FocusAreaInput> focus = new ArrayList<>();
		List<NotAddressed> reasons = new ArrayList<>();
		focusRows.clear();
		reasonRows.clear();
		for (int i = 0; i < areas.size(); i++) {
			AreaRow row = areas.get(i);
			if (row.focusTitle != null && !row.focusTitle.isBlank()) {
				focus.add(new FocusAreaInput(row.focusTitle, row.priorityAreaId, row.focusDescription, row.focusAreaId));
				focusRows.add(i);
			}
			else if (row.reason != null && !row.reason.isBlank()) {
				reasons.add(new NotAddressed(row.priorityAreaId, row.reason));
				reasonRows.add(i);
			}
		}
		return new LocalAgreementInput(title, districtId, List.of(), validFrom, validTo, focus, reasons, situationPictureId);
	}

	/** The service's field names (focusAreas[1].title) as this form's (areas[3].focusTitle). */
	Map<String, String> errorsByField(List<FieldProblem> problems) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			errors.merge(formField(problem.field()), problem.message(), (a, b) -> a + " " + b);
		}
		return errors;
	}

	private String formField(String field) {
		var matcher = java.util.regex.Pattern.compile("(focusAreas|notAddressed)\\[(\\d+)]\\.(\\w+)").matcher(field);
		if (!matcher.matches()) {
			return field;
		}
		int index = Integer.parseInt(matcher.group(2));
		boolean focus = matcher.group(1).equals("focusAreas");
		List<Integer> rows = focus ? focusRows : reasonRows;
		if (index >= rows.size()) {
			return field;
		}
		String property = switch (matcher.group(3)) {
			case "title" -> "focusTitle";
			case "description" -> "focusDescription";
			case "reason" -> "reason";
			default -> focus ? "focusTitle" : "reason";
		};
		return "areas[" + rows.get(index) + "]." + property;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public UUID getDistrictId() {
		return districtId;
	}

	public void setDistrictId(UUID districtId) {
		this.districtId = districtId;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public List<AreaRow> getAreas() {
		return areas;
	}

	public void setAreas(List<AreaRow> areas) {
		this.areas = areas;
	}
}
