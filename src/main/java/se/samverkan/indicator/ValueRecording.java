package se.samverkan.indicator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.text.SafeText;

/**
 * Writes values: upserts on unit and period from the API or a form, files of values, and approval.
 * A district's coordinators write values for their districts only, central coordinators for any
 * unit and the municipality; only central coordinators approve. A changed figure goes back to
 * PRELIMINARY. Every change is in the audit log with the value it replaced, and a request or file
 * is stored whole or not at all.
 */
@Service
public class ValueRecording {

	private static final Logger log = LoggerFactory.getLogger(ValueRecording.class);

	static final int MAX_ERRORS = 1000;

	/** What a write did, and the values as they are now. */
	public record Recorded(int changed, int unchanged, List<IndicatorValue> values) {
	}

	private final Indicators indicators;

	private final IndicatorValues values;

	private final ValueUnits units;

	private final AccessPolicy policy;

	private final AuditLog audit;

	ValueRecording(Indicators indicators, IndicatorValues values, ValueUnits units, AccessPolicy policy,
			AuditLog audit) {
		this.indicators = indicators;
		this.values = values;
		this.units = units;
		this.policy = policy;
		this.audit = audit;
	}

	/** Whether the actor may write values for the unit (null: the municipality as a whole). */
	public boolean mayWrite(Actor actor, UUID unitId) {
		return policy.allows(actor, Action.EDIT_CITY_WIDE, null)
				|| (unitId != null && policy.allows(actor, Action.EDIT_LOCAL, unitId));
	}

	/** Whether the actor may write any value at all (the pages offer the forms then). */
	public boolean mayWriteSome(Actor actor) {
		return policy.allows(actor, Action.EDIT_CITY_WIDE, null) || !policy.scope(actor, Action.EDIT_LOCAL).isEmpty();
	}

	public boolean mayApprove(Actor actor) {
		return policy.allows(actor, Action.EDIT_CITY_WIDE, null);
	}

	/**
	 * Upserts the values on unit and period. Bad input is refused naming each field as
	 * {@code [i].field} (400); a unit outside the writer's scope, or an approval by someone who may
	 * not approve, names the field too (403). Nothing is stored unless everything can be.
	 */
	@Transactional
	public Recorded record(Actor actor, UUID indicatorId, List<ValueInput> inputs) {
		Indicator indicator = writable(indicatorId);
		if (!mayWriteSome(actor)) {
			throw new Forbidden();
		}
		List<ValueInput> given = inputs == null ? List.of() : inputs;
		FieldChecks checks = new FieldChecks();
		ValueRules rules = new ValueRules(units.lookup());
		List<ValueRules.Checked> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < given.size(); i++) {
			if (given.get(i) == null) {
				checks.problem("[" + i + "]", "required", "Tomt värde i listan.");
				continue;
			}
			String prefix = "[" + i + "].";
			ValueRules.Checked row = rules.check(indicator, given.get(i), i, checks, name -> prefix + name);
			if (row != null) {
				Integer first = seen.putIfAbsent(key(row), i);
				if (first != null) {
					checks.problem(prefix + "period", "duplicate", "Samma enhet och period finns redan på plats " + first + " i listan.");
				}
				rows.add(row);
			}
		}
		checks.throwIfAny();
		List<FieldProblem> refused = new ArrayList<>();
		for (ValueRules.Checked row : rows) {
			if (!mayWrite(actor, row.unitId())) {
				refused.add(new FieldProblem("[" + row.line() + "]." + (given.get((int) row.line()).unitCode() != null && given.get((int) row.line()).unitId() == null ? "unitCode" : "unitId"),
						"scope", "Du får inte skriva värden för " + units.lookup().ref(row.unitId()).name() + "."));
			}
		}
		if (!refused.isEmpty()) {
			throw new OutsideScope(refused);
		}
		Applied applied = stage(actor, List.of(indicator), rows);
		if (!applied.unapprovable().isEmpty()) {
			throw new OutsideScope(applied.unapprovable()
				.stream()
				.map(change -> new FieldProblem("[" + change.line() + "].state", "approve",
						"Bara en central samordnare godkänner värden."))
				.toList());
		}
		commit(actor, applied, "MANUAL");
		List<IndicatorValue> now = new ArrayList<>();
		rows.forEach(row -> values.one(indicator.id(), row.unitId(), row.period().code()).ifPresent(now::add));
		return new Recorded(applied.changes().size(), rows.size() - applied.changes().size(), now);
	}

	/**
	 * Imports a file of values (CSV in any usual separator and encoding, or .xlsx): columns
	 * {@code unitCode, period, value}, optionally {@code state, eventCount, note}, and
	 * {@code indicatorCode} when {@code indicatorId} is null (a file for many indicators). All or
	 * nothing: any error refuses the whole file, with every error listed by line.
	 */
	@Transactional
	public ImportReport importFile(Actor actor, UUID indicatorId, Path file, String fileName) {
		Indicator only = indicatorId == null ? null : writable(indicatorId);
		if (!mayWriteSome(actor)) {
			throw new Forbidden();
		}
		long started = System.nanoTime();
		ValueFile.Read read = new ValueFile(indicators, units.lookup(), only, unit -> mayWrite(actor, unit)).read(file);
		if (!read.errors().isEmpty()) {
			return ImportReport.refused(read.errors(), read.format());
		}
		long checked = System.nanoTime();
		Applied applied = stage(actor, read.indicators(), read.rows());
		if (!applied.unapprovable().isEmpty()) {
			return ImportReport.refused(applied.unapprovable()
				.stream()
				.limit(MAX_ERRORS)
				.map(change -> new ImportReport.LineError(change.line(), "state: Bara en central samordnare godkänner värden."))
				.toList(), read.format());
		}
		commit(actor, applied, "CSV");
		long imported = applied.changes().size();
		long skipped = read.rows().size() - imported;
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("file", SafeText.of(fileName, 200));
		summary.put("format", read.format());
		summary.put("rows", read.rows().size());
		summary.put("imported", imported);
		summary.put("skipped", skipped);
		audit.recordChange("IMPORT_VALUES", "Indicator", indicatorId, null, null, summary);
		log.info("Values import of {} rows by {}: read and checked in {} ms, stored {} in {} ms", read.rows().size(),
				actor.username(), (checked - started) / 1_000_000, imported, (System.nanoTime() - checked) / 1_000_000);
		return new ImportReport(imported, skipped, List.of(), read.format());
	}

	/** Approves preliminary values (those named, or all of the indicator's); central coordinators only. */
	@Transactional
	public List<IndicatorValue> approve(Actor actor, UUID indicatorId, List<UUID> unitIds, List<String> periods) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		Indicator indicator = writable(indicatorId);
		indicators.lock(List.of(indicator.id()));
		List<UUID> unitList = unitIds == null ? List.of() : unitIds;
		List<String> periodList = periods == null ? List.of() : periods;
		if (unitList.size() != periodList.size()) {
			throw se.samverkan.platform.rules.InvalidInput.of("values", "pairs", "Ange enhet och period för varje värde.");
		}
		List<IndicatorValue> approved = values.approve(indicator.id(), unitList, periodList, actor.username());
		approved.stream().collect(Collectors.groupingBy(value -> Objects.toString(value.unitId()), LinkedHashMap::new,
				Collectors.toList())).values().forEach(group -> {
					List<Map<String, Object>> before = new ArrayList<>();
					List<Map<String, Object>> after = new ArrayList<>();
					for (IndicatorValue value : group) {
						before.add(entry(value.period().code(), value.value(), value.eventCount(), "PRELIMINARY"));
						after.add(entry(value.period().code(), value.value(), value.eventCount(), "APPROVED"));
					}
					audit.recordChange("APPROVE_VALUES", "Indicator", indicator.id(), group.get(0).unitId(),
							Map.of("values", before), Map.of("values", after));
				});
		return approved;
	}

	/** Values staged against the stored, before anything is written. */
	record Applied(List<IndicatorValues.Change> changes, List<IndicatorValues.Change> unapprovable) {
	}

	/** Stages checked values (locking their indicators) and finds what they change. */
	Applied stage(Actor actor, List<Indicator> affected, List<ValueRules.Checked> rows) {
		indicators.lock(affected.stream().map(Indicator::id).distinct().toList());
		values.stage(rows);
		List<IndicatorValues.Change> changes = values.stagedChanges();
		boolean approver = mayApprove(actor);
		List<IndicatorValues.Change> unapprovable = approver ? List.of() : changes.stream()
			.filter(change -> "APPROVED".equals(change.state())
					&& !("APPROVED".equals(change.oldState()) && !change.valueChanged()))
			.toList();
		return new Applied(changes, unapprovable);
	}

	/** Writes what was staged and records each change with the value it replaced, per indicator and unit. */
	void commit(Actor actor, Applied applied, String origin) {
		values.applyStaged(origin, actor.username());
		Map<List<Object>, List<IndicatorValues.Change>> groups = new LinkedHashMap<>();
		applied.changes()
			.forEach(change -> groups.computeIfAbsent(java.util.Arrays.asList(change.indicatorId(), change.unitId()),
					key -> new ArrayList<>()).add(change));
		groups.forEach((key, changes) -> {
			List<Map<String, Object>> before = new ArrayList<>();
			List<Map<String, Object>> after = new ArrayList<>();
			for (IndicatorValues.Change change : changes) {
				before.add(entry(change.period(), change.oldValue(), change.oldCount(), change.oldState()));
				after.add(entry(change.period(), change.value(), change.eventCount(), change.state()));
			}
			audit.recordChange("RECORD_VALUES", "Indicator", (UUID) key.get(0), (UUID) key.get(1),
					Map.of("values", before), Map.of("origin", origin, "values", after));
		});
	}

	private Indicator writable(UUID indicatorId) {
		Indicator indicator = indicators.byId(indicatorId).orElseThrow(() -> new NotFound("indicator", indicatorId));
		if (indicator.computed()) {
			throw new RuleViolation("indicator.rule.computed");
		}
		return indicator;
	}

	static String key(ValueRules.Checked row) {
		return row.indicatorId() + "/" + row.unitId() + "/" + row.period().code();
	}

	private static Map<String, Object> entry(String period, Object value, Long eventCount, String state) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("period", period);
		entry.put("value", value);
		if (eventCount != null) {
			entry.put("eventCount", eventCount);
		}
		entry.put("state", state);
		return entry;
	}
}
