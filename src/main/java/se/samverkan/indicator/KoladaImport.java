package se.samverkan.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;

/**
 * Imports Kolada data responses (../shared/data/kolada/FORMAT.md): one page or several, each
 * {@code {"values": [{"kpi", "municipality", "period", "values": [{"gender", "value", ...}]}],
 * "next_page"}}, with the period a number (v3) or a string (v2). A KPI id goes to the indicator
 * whose source is KOLADA with that {@code sourceRef}; the municipality code of this installation
 * (Stockholm 0180) goes to the municipality as a whole. Only the total (gender T) is stored. What
 * cannot be used is reported, never dropped silently; importing the same response twice changes
 * nothing. Central coordinators import; the scheduled fetch imports as the system.
 */
@Service
public class KoladaImport {

	/** The largest number of unused values listed one by one (all are counted). */
	static final int LISTED = 500;

	private final Indicators indicators;

	private final ValueRecording recording;

	private final ValueUnits units;

	private final AccessPolicy policy;

	private final AuditLog audit;

	KoladaImport(Indicators indicators, ValueRecording recording, ValueUnits units, AccessPolicy policy,
			AuditLog audit) {
		this.indicators = indicators;
		this.recording = recording;
		this.units = units;
		this.policy = policy;
		this.audit = audit;
	}

	/** Imports what a central coordinator uploaded: one response, or an array of pages. */
	@Transactional
	public KoladaReport importResponse(Actor actor, JsonNode body) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		return importPages(actor, pages(body), "upload");
	}

	/** Imports fetched pages, as the actor given (the system, for the scheduled fetch). */
	@Transactional
	KoladaReport importPages(Actor actor, List<JsonNode> pages, String how) {
		FieldChecks checks = new FieldChecks();
		List<ValueRules.Checked> rows = new ArrayList<>();
		List<KoladaReport.Unused> unused = new ArrayList<>();
		long unusedCount = 0;
		Map<String, Indicator> byKpi = new HashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int p = 0; p < pages.size(); p++) {
			JsonNode page = pages.get(p);
			String prefix = pages.size() == 1 ? "" : "[" + p + "].";
			JsonNode values = page == null ? null : page.get("values");
			if (values == null || !values.isArray()) {
				checks.problem(prefix + "values", "required", "Ett svar från Kolada har listan ”values”.");
				continue;
			}
			for (int i = 0; i < values.size(); i++) {
				JsonNode value = values.get(i);
				String field = prefix + "values[" + i + "]";
				String kpi = text(value, "kpi");
				String municipality = municipality(value);
				String period = text(value, "period");
				JsonNode breakdown = value == null ? null : value.get("values");
				if (kpi == null || municipality == null || period == null || breakdown == null || !breakdown.isArray()) {
					checks.problem(field, "format", "Varje värde från Kolada har kpi, municipality, period och values.");
					continue;
				}
				for (JsonNode figure : breakdown) {
					String gender = Optional.ofNullable(text(figure, "gender")).orElse("T").toUpperCase(Locale.ROOT);
					String reason = null;
					Indicator indicator = byKpi.computeIfAbsent(kpi.toUpperCase(Locale.ROOT),
							key -> indicators.byKoladaKpi(key).orElse(null));
					JsonNode number = figure == null ? null : figure.get("value");
					IndicatorPeriod year = null;
					try {
						year = IndicatorPeriod.parse(period);
					}
					catch (IllegalArgumentException ex) {
						// reported below
					}
					if (indicator == null) {
						reason = "unknown-kpi";
					}
					else if (!units.municipalityCode().equals(municipality)) {
						reason = "unknown-municipality";
					}
					else if (year == null || year.kind() != PeriodKind.YEAR) {
						reason = "period";
					}
					else if (!gender.equals("T")) {
						reason = "gender";
					}
					else if (number == null || number.isNull()) {
						reason = "no-value";
					}
					else if (!number.isNumber()) {
						checks.problem(field + ".values.value", "number", "Kolada-värdet ska vara ett tal eller null.");
						continue;
					}
					else if (seen.putIfAbsent(indicator.id() + "/" + year.code(), rows.size()) != null) {
						reason = "duplicate";
					}
					if (reason != null) {
						unusedCount++;
						if (unused.size() < LISTED) {
							unused.add(new KoladaReport.Unused(kpi, municipality, period, gender, reason, message(reason)));
						}
						continue;
					}
					BigDecimal figureValue = number.decimalValue();
					rows.add(new ValueRules.Checked(rows.size(), indicator.id(), null, year, figureValue, null, null,
							null));
				}
			}
		}
		checks.throwIfAny();
		long imported = 0;
		if (!rows.isEmpty()) {
			List<Indicator> affected = rows.stream()
				.map(ValueRules.Checked::indicatorId)
				.distinct()
				.map(id -> indicators.byId(id).orElseThrow())
				.toList();
			ValueRecording.Applied applied = recording.stage(actor, affected, rows);
			recording.commit(actor, applied, "KOLADA");
			imported = applied.changes().size();
		}
		long unchanged = rows.size() - imported;
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("how", how);
		summary.put("pages", pages.size());
		summary.put("imported", imported);
		summary.put("unchanged", unchanged);
		summary.put("unused", unusedCount);
		audit.recordChange("IMPORT_KOLADA", "Indicator", null, null, null, summary);
		return new KoladaReport(imported, unchanged + unusedCount, unchanged, unused, pages.size());
	}

	/** One response, or an array of them (pages). */
	static List<JsonNode> pages(JsonNode body) {
		List<JsonNode> pages = new ArrayList<>();
		if (body != null && body.isArray()) {
			body.forEach(pages::add);
		}
		else {
			pages.add(body);
		}
		return pages;
	}

	/** Kolada writes municipality ids as four-digit text; a number (180) is read the same way. */
	private static String municipality(JsonNode value) {
		String text = text(value, "municipality");
		if (text != null && text.matches("\\d{1,4}")) {
			return String.format("%04d", Integer.parseInt(text));
		}
		return text;
	}

	private static String text(JsonNode node, String field) {
		JsonNode member = node == null ? null : node.get(field);
		if (member == null || member.isNull() || member.isContainer()) {
			return null;
		}
		String text = member.isNumber() ? member.numberValue().toString() : member.asString();
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String message(String reason) {
		return switch (reason) {
			case "unknown-kpi" -> "Ingen indikator hämtar detta KPI-id från Kolada.";
			case "unknown-municipality" -> "Kommunen är inte den här kommunen.";
			case "period" -> "Perioden är inget år.";
			case "gender" -> "Uppdelning på kön (K/M) lagras inte; bara totalen (T).";
			case "no-value" -> "Kolada har inget värde (null) för perioden.";
			case "duplicate" -> "Samma KPI, kommun och år fanns redan i svaret.";
			default -> reason;
		};
	}
}
