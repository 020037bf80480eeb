package se.samverkan.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.samverkan.planning.ActivityContent;
import se.samverkan.planning.ActivityInput;
import se.samverkan.planning.Horizon;
import se.samverkan.planning.PreventionLevel;
import se.samverkan.planning.PreventionType;
import se.samverkan.planning.ResponsibleParty;
import se.samverkan.platform.rules.FieldChecks;

/**
 * What an activity must say (API.md, the seed: what, how, how it is followed up, who is
 * responsible, the timetable, at least one priority area, and the kind of prevention), checked all
 * at once so the user sees every missing field by its Swedish name.
 */
public final class ActivityRules {

	/** Swedish field names, as the form labels them. */
	public static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title", "Rubrik"),
			Map.entry("what", "Vad som ska göras"), Map.entry("how", "Hur det ska genomföras"),
			Map.entry("followUpMethod", "Hur det följs upp"), Map.entry("responsibleParty", "Ansvarig part"),
			Map.entry("responsibleUnitId", "Ansvarig enhet"), Map.entry("responsiblePerson", "Ansvarig person"),
			Map.entry("participants", "Övriga aktörer"), Map.entry("milestones", "Delmål och hållpunkter"),
			Map.entry("startDate", "Startdatum"), Map.entry("endDate", "Slutdatum"),
			Map.entry("priorityAreaIds", "Prioriterade områden"), Map.entry("causeIds", "Orsaker som åtgärden påverkar"),
			Map.entry("goalIds", "Mål"), Map.entry("preventionLevel", "Preventionsnivå"),
			Map.entry("preventionType", "Preventionstyp"), Map.entry("horizon", "Tidsperspektiv"),
			Map.entry("targetCount", "Åtagande (antal)"), Map.entry("focusAreaId", "Lokalt fokusområde"),
			Map.entry("steeringDocumentGoalIds", "Mål i stadens styrdokument"),
			Map.entry("partnerIds", "Andra ansvariga aktörer"));

	private final Set<UUID> priorityAreas;

	private final Set<UUID> knownUnits;

	private final Set<UUID> allowedCauses;

	private final Set<UUID> planGoals;

	private final Map<UUID, UUID> focusAreas;

	private final Set<UUID> steeringGoals;

	private final Set<UUID> partners;

	/** The sets the input's references must fall within. */
	public ActivityRules(Set<UUID> priorityAreas, Set<UUID> knownUnits, Set<UUID> allowedCauses, Set<UUID> planGoals) {
		this(priorityAreas, knownUnits, allowedCauses, planGoals, Map.of(), Set.of(), Set.of());
	}

	/**
	 * {@code focusAreas}: the focus areas the activity may serve (the district's local agreement),
	 * each with its priority area; {@code steeringGoals}: the steering documents' goals that exist;
	 * {@code partners}: the partner organisations in the register.
	 */
	public ActivityRules(Set<UUID> priorityAreas, Set<UUID> knownUnits, Set<UUID> allowedCauses, Set<UUID> planGoals,
			Map<UUID, UUID> focusAreas, Set<UUID> steeringGoals, Set<UUID> partners) {
		this.partners = partners;
		this.priorityAreas = priorityAreas;
		this.knownUnits = knownUnits;
		this.allowedCauses = allowedCauses;
		this.planGoals = planGoals;
		this.focusAreas = focusAreas;
		this.steeringGoals = steeringGoals;
	}

	public ActivityContent check(ActivityInput input) {
		FieldChecks checks = new FieldChecks();
		text(checks, "title", input.title(), true, 300);
		text(checks, "what", input.what(), true, 4000);
		text(checks, "how", input.how(), true, 4000);
		text(checks, "followUpMethod", input.followUpMethod(), true, 4000);
		ResponsibleParty party = checks.choice("responsibleParty", LABELS.get("responsibleParty"),
				input.responsibleParty(), ResponsibleParty.class);
		required(checks, "responsibleUnitId", input.responsibleUnitId());
		if (input.responsibleUnitId() != null && !knownUnits.contains(input.responsibleUnitId())) {
			checks.problem("responsibleUnitId", "unknown", "Den ansvariga enheten finns inte.");
		}
		text(checks, "responsiblePerson", input.responsiblePerson(), false, 300);
		text(checks, "participants", input.participants(), false, 4000);
		text(checks, "milestones", input.milestones(), false, 4000);
		required(checks, "startDate", input.startDate());
		required(checks, "endDate", input.endDate());
		checks.notBefore("endDate", input.endDate(), input.startDate(), "Slutdatum kan inte ligga före startdatum.");
		List<UUID> areas = input.priorityAreaIds() == null ? List.of() : input.priorityAreaIds();
		if (areas.stream().noneMatch(java.util.Objects::nonNull)) {
			checks.problem("priorityAreaIds", "required", "Fältet ”" + LABELS.get("priorityAreaIds")
					+ "” måste fyllas i: välj minst ett prioriterat område.");
		}
		else if (!priorityAreas.containsAll(areas.stream().filter(java.util.Objects::nonNull).toList())) {
			checks.problem("priorityAreaIds", "unknown", "Ett prioriterat område finns inte i den gällande överenskommelsen.");
		}
		List<UUID> causes = clean(input.causeIds());
		if (!allowedCauses.containsAll(causes)) {
			checks.problem("causeIds", "unknown", "En orsak finns inte bland problemen i planens stadsdelsområde.");
		}
		List<UUID> goals = clean(input.goalIds());
		if (!planGoals.containsAll(goals)) {
			checks.problem("goalIds", "unknown", "Ett mål hör inte till den här planen.");
		}
		PreventionLevel level = checks.choice("preventionLevel", LABELS.get("preventionLevel"),
				input.preventionLevel(), PreventionLevel.class);
		PreventionType type = checks.choice("preventionType", LABELS.get("preventionType"),
				input.preventionType(), PreventionType.class);
		Horizon horizon = checks.choice("horizon", LABELS.get("horizon"),
				input.horizon(), Horizon.class);
		if (input.targetCount() != null && (input.targetCount() < 0 || input.targetCount() > 100_000)) {
			checks.problem("targetCount", "range", "Åtagandet anges som ett antal 0–100 000.");
		}
		if (input.focusAreaId() != null) {
			UUID area = focusAreas.get(input.focusAreaId());
			if (area == null) {
				checks.problem("focusAreaId", "unknown", "Fokusområdet finns inte i stadsdelsområdets lokala överenskommelse.");
			}
			else if (!areas.contains(area)) {
				checks.problem("focusAreaId", "other-area",
						"Fokusområdet hör till ett prioriterat område som aktiviteten inte är kopplad till.");
			}
		}
		List<UUID> steering = clean(input.steeringDocumentGoalIds());
		if (!steeringGoals.containsAll(steering)) {
			checks.problem("steeringDocumentGoalIds", "unknown", "Ett mål finns inte bland stadens styrdokument.");
		}
		List<UUID> bodies = clean(input.partnerIds());
		if (!partners.containsAll(bodies)) {
			checks.problem("partnerIds", "unknown", "En ansvarig aktör finns inte i registret över samverkanspartner.");
		}
		checks.throwIfAny();
		return new ActivityContent(input.title().trim(), input.what().trim(), input.how().trim(),
				input.followUpMethod().trim(), party, input.responsibleUnitId(), FieldChecks.clean(input.responsiblePerson()),
				FieldChecks.clean(input.participants()), FieldChecks.clean(input.milestones()), input.startDate(),
				input.endDate(), clean(areas), causes, goals, level, type, horizon, input.targetCount(), input.focusAreaId(),
				steering, bodies);
	}

	private static List<UUID> clean(List<UUID> ids) {
		return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

	private static void text(FieldChecks checks, String field, String value, boolean required, int max) {
		if (required && (value == null || value.isBlank())) {
			missing(checks, field);
			return;
		}
		checks.text(field, value, false, max);
	}

	private static void required(FieldChecks checks, String field, Object value) {
		if (value == null) {
			missing(checks, field);
		}
	}

	private static void missing(FieldChecks checks, String field) {
		checks.problem(field, "required", "Fältet ”" + LABELS.get(field) + "” måste fyllas i.");
	}
}
