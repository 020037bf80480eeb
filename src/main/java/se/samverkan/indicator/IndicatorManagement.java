package se.samverkan.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.rules.VersionConflict;

/**
 * Indicator definitions. Central coordinators create and edit them (DESIGN.md: they edit
 * indicators); everyone who reads in any scope reads them. Other modules look indicators up
 * through {@link #exists} and {@link #find} (a goal's or a problem's indicator must exist).
 */
@Service
public class IndicatorManagement {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

	private static final Pattern KOLADA_KPI = Pattern.compile("[A-Z]\\d{5}");

	private final Indicators indicators;

	private final IndicatorValues values;

	private final AgreementManagement agreements;

	private final ObjectProvider<ObservationCounts> observations;

	private final AccessPolicy policy;

	private final AuditLog audit;

	IndicatorManagement(Indicators indicators, IndicatorValues values, AgreementManagement agreements,
			ObjectProvider<ObservationCounts> observations, AccessPolicy policy, AuditLog audit) {
		this.indicators = indicators;
		this.values = values;
		this.agreements = agreements;
		this.observations = observations;
		this.policy = policy;
		this.audit = audit;
	}

	/** Every indicator, for anyone who reads in some scope. */
	@Transactional(readOnly = true)
	public List<Indicator> find(Actor actor) {
		requireReader(actor);
		return indicators.all();
	}

	@Transactional(readOnly = true)
	public Indicator get(Actor actor, UUID id) {
		requireReader(actor);
		return indicators.byId(id).orElseThrow(() -> new NotFound("indicator", id));
	}

	/** Whether an indicator with this id exists (a goal or a problem's evidence may name only one that does). */
	@Transactional(readOnly = true)
	public boolean exists(UUID id) {
		return id != null && indicators.exists(id);
	}

	/** An indicator by id, for other modules showing what a goal or a problem names. */
	@Transactional(readOnly = true)
	public Optional<Indicator> find(UUID id) {
		return id == null ? Optional.empty() : indicators.byId(id);
	}

	/** The whole catalogue, for lists to choose from (a goal's indicator). */
	@Transactional(readOnly = true)
	public List<Indicator> catalogue() {
		return indicators.all();
	}

	public boolean mayEdit(Actor actor) {
		return policy.allows(actor, Action.EDIT_CITY_WIDE, null);
	}

	@Transactional
	public Indicator create(Actor actor, IndicatorInput input) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		Indicator indicator = check(UUID.randomUUID(), input, 0, null);
		indicators.insert(indicator, actor.username());
		audit.recordChange("CREATE", "Indicator", indicator.id(), null, null, snapshot(indicator));
		return indicators.byId(indicator.id()).orElseThrow();
	}

	/** Saves a changed definition if nobody saved it since {@code version}; a stale one is refused (409). */
	@Transactional
	public Indicator revise(Actor actor, UUID id, Integer version, IndicatorInput input) {
		policy.require(actor, Action.EDIT_CITY_WIDE, null);
		Indicator current = indicators.byId(id).orElseThrow(() -> new NotFound("indicator", id));
		new FieldChecks().required("version", version, "Skicka med den version du läste.").throwIfAny();
		Indicator revised = check(id, input, current.version(), current);
		if (version != current.version()) {
			throw new VersionConflict("indicator");
		}
		boolean measuredOtherwise = revised.level() != current.level() || revised.periodKind() != current.periodKind()
				|| revised.computed() != current.computed();
		if (measuredOtherwise && values.count(id) > 0) {
			throw new RuleViolation("indicator.rule.has-values");
		}
		if (!indicators.update(revised, version, actor.username())) {
			throw new VersionConflict("indicator");
		}
		audit.recordChange("UPDATE", "Indicator", id, null, snapshot(current), snapshot(revised));
		return indicators.byId(id).orElseThrow();
	}

	private Indicator check(UUID id, IndicatorInput input, int version, Indicator current) {
		FieldChecks checks = new FieldChecks();
		String code = FieldChecks.clean(input.code());
		if (code == null) {
			checks.problem("code", "required", "Fältet ”Kod” måste fyllas i.");
		}
		else if (!CODE.matcher(code).matches()) {
			checks.problem("code", "format", "Koden skrivs med bokstäver a–z, siffror, punkt, bindestreck eller understreck, högst 40 tecken.");
		}
		else if (indicators.byCode(code).filter(other -> !other.id().equals(id)).isPresent()) {
			checks.problem("code", "taken", "Det finns redan en indikator med koden " + code + ".");
		}
		checks.text("name", input.name(), true, 300);
		checks.text("unit", input.unit(), true, 60);
		Direction direction = choice(checks, "direction", "Riktning", input.direction(), Direction.class);
		IndicatorSource source = choice(checks, "source", "Källa", input.source(), IndicatorSource.class);
		MeasurementLevel level = choice(checks, "level", "Nivå", input.level(), MeasurementLevel.class);
		Frequency frequency = choice(checks, "frequency", "Frekvens", input.frequency(), Frequency.class);
		checks.text("sourceRef", input.sourceRef(), false, 200);
		checks.text("definition", input.definition(), false, 4000);
		checks.text("limitations", input.limitations(), false, 4000);
		String sourceRef = FieldChecks.clean(input.sourceRef());
		if (source == IndicatorSource.KOLADA) {
			sourceRef = sourceRef == null ? null : sourceRef.toUpperCase(java.util.Locale.ROOT);
			if (sourceRef == null || !KOLADA_KPI.matcher(sourceRef).matches()) {
				checks.problem("sourceRef", "kolada", "Ange Koladas KPI-id, en bokstav och fem siffror (till exempel N07403).");
			}
			else if (indicators.byKoladaKpi(sourceRef).filter(other -> !other.id().equals(id)).isPresent()) {
				checks.problem("sourceRef", "taken", "En annan indikator hämtar redan " + sourceRef + " från Kolada.");
			}
			if (level != null && level != MeasurementLevel.MUNICIPALITY) {
				checks.problem("level", "kolada", "Kolada ger värden för hela kommunen: välj nivån MUNICIPALITY.");
			}
			if (frequency != null && frequency.periodKind() != PeriodKind.YEAR) {
				checks.problem("frequency", "kolada", "Kolada ger värden per år.");
			}
		}
		if (source == IndicatorSource.OBSERVATIONS) {
			Set<String> categories = categoryCodes();
			if (sourceRef == null || !categories.contains(sourceRef)) {
				checks.problem("sourceRef", "category", "Ange koden för en observationskategori (" + String.join(", ", categories.stream().sorted().toList()) + ").");
			}
			if (level != null && level != MeasurementLevel.DISTRICT) {
				checks.problem("level", "observations", "Observationer räknas per stadsdelsområde: välj nivån DISTRICT.");
			}
		}
		new FieldChecks().noNulls("priorityAreaIds", input.priorityAreaIds()).problems()
			.forEach(problem -> checks.problem(problem.field(), problem.code(), problem.message()));
		List<UUID> areas = input.priorityAreaIds() == null ? List.of()
				: input.priorityAreaIds().stream().filter(Objects::nonNull).distinct().toList();
		Set<UUID> known = agreements.currentPriorityAreas().stream().map(PriorityArea::id).collect(Collectors.toSet());
		for (UUID area : areas) {
			if (!known.contains(area)) {
				checks.problem("priorityAreaIds", "unknown", "Det prioriterade området " + area + " finns inte i den gällande överenskommelsen.");
			}
		}
		checks.throwIfAny();
		return new Indicator(id, code, input.name().strip(), input.unit().strip(), direction, source, sourceRef, areas,
				level, frequency, Boolean.TRUE.equals(input.isPublic()), FieldChecks.clean(input.definition()),
				FieldChecks.clean(input.limitations()), null, null, version);
	}

	private Set<String> categoryCodes() {
		ObservationCounts counts = observations.getIfAvailable();
		return counts == null ? Set.of()
				: counts.categories().stream().map(ObservationCounts.Category::code).collect(Collectors.toSet());
	}

	private void requireReader(Actor actor) {
		if (policy.scope(actor, Action.READ).isEmpty()) {
			throw new Forbidden();
		}
	}

	static <E extends Enum<E>> E choice(FieldChecks checks, String field, String label, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			checks.problem(field, "required", "Fältet ”" + label + "” måste fyllas i.");
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			checks.problem(field, "invalid", "Okänt värde i fältet ”" + label + "”: " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
			return null;
		}
	}

	static Map<String, Object> snapshot(Indicator indicator) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("code", indicator.code());
		snapshot.put("name", indicator.name());
		snapshot.put("unit", indicator.unit());
		snapshot.put("direction", indicator.direction().name());
		snapshot.put("source", indicator.source().name());
		snapshot.put("sourceRef", indicator.sourceRef());
		snapshot.put("priorityAreaIds", indicator.priorityAreaIds().stream().map(UUID::toString).toList());
		snapshot.put("level", indicator.level().name());
		snapshot.put("frequency", indicator.frequency().name());
		snapshot.put("public", indicator.isPublic());
		snapshot.put("definition", indicator.definition());
		snapshot.put("limitations", indicator.limitations());
		return snapshot;
	}
}
