package se.samverkan.situation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.MissingPriorityAreas;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.audit.AuditLog;
import se.samverkan.governance.Decision;
import se.samverkan.governance.DecisionInput;
import se.samverkan.governance.DecisionSubject;
import se.samverkan.governance.SteeringDecisions;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.Scope;
import se.samverkan.indicator.IndicatorReading;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.situation.SituationPicture.Section;
import se.samverkan.situation.SituationPicture.Source;

/**
 * Situation pictures: started with the figures of the period and their trend against the previous
 * period filled in for every priority area (the local level must address all five), edited by the
 * local coordinators, established by the steering group, after which nothing changes.
 */
@Service
public class SituationPictureManagement {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** The municipality whose police events count at city level. */
	static final String MUNICIPALITY = "Stockholm";

	public record NewPicture(UUID districtId, String period, String authorParty, List<UUID> basedOn) {
	}

	private final SituationPictures pictures;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final SteeringDecisions decisions;

	private final IndicatorReading indicators;

	private final ObservationCounts counts;

	private final CityOverview cityOverview;

	private final PictureOverviews overviews;

	SituationPictureManagement(SituationPictures pictures, AgreementManagement agreements,
			OrganisationDirectory organisation, AccessPolicy policy, AuditLog audit, JdbcClient jdbc, JsonMapper json,
			SteeringDecisions decisions, IndicatorReading indicators, ObservationCounts counts, CityOverview cityOverview,
			PictureOverviews overviews) {
		this.decisions = decisions;
		this.indicators = indicators;
		this.counts = counts;
		this.cityOverview = cityOverview;
		this.overviews = overviews;
		this.pictures = pictures;
		this.agreements = agreements;
		this.organisation = organisation;
		this.policy = policy;
		this.audit = audit;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public List<SituationPicture> find(Actor actor, UUID districtId) {
		Scope scope = policy.scope(actor, Action.READ);
		if (scope.isEmpty() || (districtId != null && !scope.includes(districtId))) {
			throw new Forbidden();
		}
		return pictures.find(districtId, scope.unitIdsOrNull());
	}

	@Transactional(readOnly = true)
	public SituationPicture get(Actor actor, UUID id) {
		SituationPicture picture = pictures.byId(id).orElseThrow(() -> new NotFound("situation picture", id));
		policy.require(actor, Action.READ, picture.districtId());
		return picture;
	}

	@Transactional
	public SituationPicture create(Actor actor, NewPicture input) {
		new FieldChecks().noNulls("basedOn", input.basedOn()).throwIfAny();
		FieldChecks checks = new FieldChecks();
		Period period = null;
		try {
			period = Period.parse(input.period());
		}
		catch (IllegalArgumentException ex) {
			checks.problem("period", "format", ex.getMessage());
		}
		String party = input.authorParty();
		if (party == null || !List.of("CITY", "POLICE", "JOINT").contains(party)) {
			checks.problem("authorParty", "unknown", "Författare ska vara CITY, POLICE eller JOINT.");
		}
		if (input.districtId() != null && organisation.unit(input.districtId())
			.filter(unit -> unit.type() == UnitType.DISTRICT)
			.isEmpty()) {
			checks.problem("districtId", "unknown", "Det finns inget sådant stadsdelsområde.");
		}
		checks.throwIfAny();
		mayEdit(actor, input.districtId());
		if (!party.equals("JOINT") && !party.equals(actor.party())) {
			throw new Forbidden();
		}
		List<UUID> basedOn = input.basedOn() == null ? List.of() : List.copyOf(input.basedOn());
		List<SituationPicture> parts = new ArrayList<>();
		for (UUID partId : basedOn) {
			SituationPicture part = pictures.byId(partId).orElse(null);
			if (part == null || !part.period().equals(period.code()) || !java.util.Objects.equals(part.districtId(), input.districtId())
					|| part.authorParty().equals("JOINT")) {
				new FieldChecks().problem("basedOn", "mismatch",
						"En gemensam lägesbild bygger på parternas egna lägesbilder för samma område och period.").throwIfAny();
			}
			parts.add(part);
		}
		if (!parts.isEmpty() && !party.equals("JOINT")) {
			new FieldChecks().problem("basedOn", "joint-only", "Bara en gemensam lägesbild bygger på andra.").throwIfAny();
		}
		List<Section> sections = new ArrayList<>();
		PeriodCounts counts = periodCounts(input.districtId(), period);
		for (PriorityArea area : agreements.currentPriorityAreas()) {
			Map<String, Object> figures = figures(input.districtId(), area.code(), period, counts);
			figures.put("indicators", indicators.development(input.districtId(), area.id(), period.start(), period.end()));
			sections.add(new Section(area.id(), area.code(), area.name(), area.ordinal(), joined(parts, area.id()),
					(Trend) figures.remove("trendValue"), json.writeValueAsString(figures)));
		}
		SituationPicture picture = new SituationPicture(UUID.randomUUID(), input.districtId(), period.code(), party,
				SituationPicture.DRAFT, basedOn, sections, defaultSources(input.districtId()), actor.username(), null, null,
				null, 0);
		pictures.insert(picture, period.start(), period.end());
		overviews.record(picture.id(), input.districtId(), period);
		audit.recordChange("CREATE", "SituationPicture", picture.id(), picture.districtId(), null,
				Map.of("period", period.code(), "authorParty", party));
		return pictures.byId(picture.id()).orElseThrow();
	}

	@Transactional
	public SituationPicture updateSection(Actor actor, UUID id, UUID priorityAreaId, String assessment, Trend trend,
			Integer version) {
		SituationPicture picture = pictures.byId(id).orElseThrow(() -> new NotFound("situation picture", id));
		String reason = picture.sections()
			.stream()
			.filter(candidate -> candidate.priorityAreaId().equals(priorityAreaId))
			.findFirst()
			.map(Section::notAddressedReason)
			.orElse(null);
		return updateSection(actor, id, priorityAreaId, assessment, trend, reason, version);
	}

	/**
	 * Writes a section: the assessment and trend, or (for an area the picture does not assess) the
	 * reason why not; one of the two is needed before the picture can be established.
	 */
	@Transactional
	public SituationPicture updateSection(Actor actor, UUID id, UUID priorityAreaId, String assessment, Trend trend,
			String notAddressedReason, Integer version) {
		SituationPicture picture = pictures.byId(id).orElseThrow(() -> new NotFound("situation picture", id));
		requireEdit(actor, picture);
		Section section = picture.sections()
			.stream()
			.filter(candidate -> candidate.priorityAreaId().equals(priorityAreaId))
			.findFirst()
			.orElseThrow(() -> new NotFound("section", priorityAreaId));
		new FieldChecks().text("assessment", assessment, false, 20_000)
			.text("notAddressedReason", notAddressedReason, false, 4000)
			.required("trend", trend, "Ange trend.")
			.required("version", version, "Skicka med den version du läste.")
			.throwIfAny();
		picture.requireDraft();
		pictures.claim(id, version);
		pictures.updateSection(id, priorityAreaId, FieldChecks.clean(assessment), trend,
				FieldChecks.clean(notAddressedReason));
		audit.recordChange("UPDATE_SECTION", "SituationPicture", id, picture.districtId(),
				sectionSnapshot(section.priorityAreaCode(), section.trend(), section.assessment(),
						section.notAddressedReason()),
				sectionSnapshot(section.priorityAreaCode(), trend, FieldChecks.clean(assessment),
						FieldChecks.clean(notAddressedReason)));
		return pictures.byId(id).orElseThrow();
	}

	@Transactional
	public SituationPicture updateSources(Actor actor, UUID id, List<Source> sources, Integer version) {
		SituationPicture picture = pictures.byId(id).orElseThrow(() -> new NotFound("situation picture", id));
		requireEdit(actor, picture);
		new FieldChecks().noNulls("sources", sources).throwIfAny();
		FieldChecks checks = new FieldChecks().required("version", version, "Skicka med den version du läste.");
		List<Source> clean = new ArrayList<>();
		List<Source> given = sources == null ? List.of() : sources;
		for (int i = 0; i < given.size(); i++) {
			checks.text("sources[" + i + "].name", given.get(i).name(), true, 300)
				.text("sources[" + i + "].limitations", given.get(i).limitations(), false, 4000);
			clean.add(new Source(FieldChecks.clean(given.get(i).name()), FieldChecks.clean(given.get(i).limitations())));
		}
		checks.throwIfAny();
		picture.requireDraft();
		pictures.claim(id, version);
		pictures.replaceSources(id, clean);
		audit.recordChange("UPDATE_SOURCES", "SituationPicture", id, picture.districtId(),
				Map.of("sources", sourcesSnapshot(picture.sources())), Map.of("sources", sourcesSnapshot(clean)));
		return pictures.byId(id).orElseThrow();
	}

	/**
	 * Records the steering group's decision to establish the picture (the district's local steering
	 * group; the beredningsgrupp for the city). Every priority area needs an assessment or a reason
	 * first. A joint picture waits, after the first party's decision, for a member of the other
	 * party; then, or at once for a party's own picture, it is established and frozen.
	 */
	@Transactional
	public SituationPicture establish(Actor actor, UUID id, DecisionInput decision) {
		SituationPicture picture = pictures.byId(id).orElseThrow(() -> new NotFound("situation picture", id));
		policy.require(actor, Action.READ, picture.districtId());
		if (picture.isEstablished()) {
			throw new RuleViolation("situation.rule.established");
		}
		pictures.claim(id, picture.version());
		SteeringDecisions.Outcome outcome = decisions.establish(actor, subject(picture), decision, () -> {
			List<Section> unaddressed = picture.unaddressed();
			if (!unaddressed.isEmpty()) {
				throw new MissingPriorityAreas("situation.rule.missing-areas", unaddressed.stream()
					.map(section -> new PriorityArea(section.priorityAreaId(), section.priorityAreaCode(),
							section.priorityAreaName(), null, null, section.ordinal()))
					.toList());
			}
		});
		if (outcome.complete()) {
			// The indicators' development is frozen as it stands when the picture is established.
			Period period = Period.parse(picture.period());
			for (Section section : picture.sections()) {
				pictures.putFigure(id, section.priorityAreaId(), "indicators", json.writeValueAsString(
						indicators.development(picture.districtId(), section.priorityAreaId(), period.start(), period.end())));
			}
			pictures.establish(id, actor.username());
		}
		else {
			pictures.awaitConfirmation(id);
		}
		String status = outcome.complete() ? SituationPicture.ESTABLISHED : SituationPicture.AWAITING_CONFIRMATION;
		audit.recordChange(outcome.complete() ? "ESTABLISH" : "AWAIT_CONFIRMATION", "SituationPicture", id,
				picture.districtId(), Map.of("status", picture.status()),
				Map.of("status", status, "decisionId", outcome.decision().id().toString()));
		return pictures.byId(id).orElseThrow();
	}

	/**
	 * Records the steering group's decision to reopen an established picture (or to take back a
	 * joint one awaiting confirmation); it is a draft again. The decision text says why.
	 */
	@Transactional
	public SituationPicture reopen(Actor actor, UUID id, DecisionInput decision) {
		SituationPicture picture = pictures.byId(id).orElseThrow(() -> new NotFound("situation picture", id));
		policy.require(actor, Action.READ, picture.districtId());
		if (!picture.isEstablished() && !picture.isAwaitingConfirmation()) {
			throw new RuleViolation("situation.rule.not-established");
		}
		pictures.claim(id, picture.version());
		Decision recorded = decisions.reopen(actor, subject(picture), decision);
		pictures.reopen(id);
		audit.recordChange("REOPEN", "SituationPicture", id, picture.districtId(), Map.of("status", picture.status()),
				Map.of("status", SituationPicture.DRAFT, "decisionId", recorded.id().toString(), "reason",
						recorded.decisionText()));
		return pictures.byId(id).orElseThrow();
	}

	/** The steering-group decisions on the picture, oldest first. */
	@Transactional(readOnly = true)
	public List<Decision> decisions(SituationPicture picture) {
		return decisions.of(picture.id());
	}

	/** Whether the actor may record the steering group's decision on the picture today. */
	@Transactional(readOnly = true)
	public boolean mayDecide(Actor actor, SituationPicture picture) {
		return decisions.mayDecide(actor, subject(picture));
	}

	/** Whether the actor sits in the group that may reopen the picture. */
	@Transactional(readOnly = true)
	public boolean mayReopen(Actor actor, SituationPicture picture) {
		return decisions.mayReopen(actor, picture.districtId());
	}

	/** The group that decides on the picture, if there is one. */
	@Transactional(readOnly = true)
	public java.util.Optional<se.samverkan.organisation.Group> decidingGroup(SituationPicture picture) {
		return decisions.decidingGroup(picture.districtId());
	}

	private DecisionSubject subject(SituationPicture picture) {
		String place = picture.districtId() == null ? "hela staden"
				: organisation.unit(picture.districtId()).map(unit -> unit.name()).orElse("");
		return new DecisionSubject(DecisionSubject.SITUATION_PICTURE, picture.id(), picture.districtId(),
				picture.authorParty(), "Lägesbilden för " + place + " " + picture.period() + " fastställs.");
	}

	/**
	 * A section as the audit log keeps it: an empty assessment or reason as null, not as the text
	 * "null".
	 */
	private static Map<String, Object> sectionSnapshot(String priorityArea, Trend trend, String assessment,
			String notAddressedReason) {
		Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
		snapshot.put("priorityArea", priorityArea);
		snapshot.put("trend", trend.name());
		snapshot.put("assessment", assessment);
		snapshot.put("notAddressedReason", notAddressedReason);
		return snapshot;
	}

	/** Each source with its limitations, so that a changed limitation shows in the audit log. */
	private static List<Map<String, Object>> sourcesSnapshot(List<Source> sources) {
		return sources.stream().map(source -> {
			Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
			snapshot.put("name", source.name());
			snapshot.put("limitations", source.limitations());
			return snapshot;
		}).toList();
	}

	/**
	 * Whether the actor may edit the picture's sections and sources: a coordinator of its district
	 * (centrally, of a city-wide picture) of its author party, or of either party for a JOINT one.
	 * A picture is its author party's statement: the other party may read it and build a joint
	 * picture on it ({@code basedOn}), but not rewrite it.
	 */
	public boolean mayEdit(Actor actor, SituationPicture picture) {
		boolean inScope = picture.districtId() == null ? policy.allows(actor, Action.EDIT_CITY_WIDE, null)
				: policy.allows(actor, Action.EDIT_LOCAL, picture.districtId());
		return inScope && picture.isWrittenBy(actor.party());
	}

	private void requireEdit(Actor actor, SituationPicture picture) {
		if (!mayEdit(actor, picture)) {
			throw new Forbidden();
		}
	}

	/** The live development of each section's indicators, for a draft (an established picture shows its frozen figures). */
	@Transactional(readOnly = true)
	public List<List<IndicatorReading.Development>> liveIndicators(SituationPicture picture) {
		Period period = Period.parse(picture.period());
		return picture.sections()
			.stream()
			.map(section -> indicators.development(picture.districtId(), section.priorityAreaId(), period.start(),
					period.end()))
			.toList();
	}

	private void mayEdit(Actor actor, UUID districtId) {
		if (districtId == null) {
			policy.require(actor, Action.EDIT_CITY_WIDE, null);
		}
		else {
			policy.require(actor, Action.EDIT_LOCAL, districtId);
		}
	}

	/**
	 * The observations of the period and the one before, from the overview aggregates: a district's
	 * with those of the districts it continued, a city-wide picture's as the city overview files them
	 * under today's districts.
	 */
	private record PeriodCounts(ObservationCounts.Tally current, ObservationCounts.Tally previous,
			CityOverview.Overview city) {
	}

	private PeriodCounts periodCounts(UUID districtId, Period period) {
		if (districtId == null) {
			CityOverview.Overview city = cityOverview.compute(new OverviewPeriod(period.start(), period.end()), null);
			Period before = period.previous();
			return new PeriodCounts(counts.tally(allDistricts(), period.start(), period.end(), null),
					counts.tally(allDistricts(), before.start(), before.end(), null), city);
		}
		java.util.Set<UUID> districts = organisation.lineage(districtId);
		Period before = period.previous();
		return new PeriodCounts(counts.tally(districts, period.start(), period.end(), null),
				counts.tally(districts, before.start(), before.end(), null), null);
	}

	private List<UUID> allDistricts() {
		return organisation.units(UnitType.DISTRICT, null, null).stream().map(unit -> unit.id()).toList();
	}

	/** The area's observations in the period and the one before, by category (and district), with the trend. */
	private Map<String, Object> figures(UUID districtId, String areaCode, Period period, PeriodCounts counts) {
		long current = counts.current().area(areaCode);
		long previous = counts.previous().area(areaCode);
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("period", period.code());
		figures.put("observations", current);
		figures.put("previousPeriod", period.previous().code());
		figures.put("previousObservations", previous);
		Trend trend = Trend.of(current, previous);
		figures.put("trend", trend.name());
		List<Map<String, Object>> byCategory = new ArrayList<>();
		counts.current()
			.categoriesByArea()
			.getOrDefault(areaCode, Map.of())
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> byCategory.add(Map.of("code", e.getKey(), "count", e.getValue())));
		figures.put("byCategory", byCategory);
		if (counts.city() != null) {
			List<Map<String, Object>> byDistrict = new ArrayList<>();
			for (CityOverview.DistrictCount district : counts.city().byDistrict()) {
				long n = district.byPriorityArea().stream().filter(a -> a.priorityAreaCode().equals(areaCode))
					.mapToLong(DistrictOverview.AreaCount::count).sum();
				byDistrict.add(Map.of("districtId", district.districtId().toString(), "districtName",
						district.districtName(), "count", n));
			}
			figures.put("byDistrict", byDistrict);
		}
		if (districtId == null) {
			figures.put("policeEvents", jdbc.sql("""
					SELECT count(*) FROM police_event e JOIN observation_category c ON c.code = e.category_code
					WHERE e.location_name = :municipality AND c.priority_area_code = :area
					  AND e.occurred_at >= :from AND e.occurred_at < :to""")
				.param("municipality", MUNICIPALITY)
				.param("area", areaCode)
				.param("from", period.start().atStartOfDay(STOCKHOLM).toOffsetDateTime())
				.param("to", period.end().plusDays(1).atStartOfDay(STOCKHOLM).toOffsetDateTime())
				.query(Long.class)
				.single());
		}
		figures.put("trendValue", trend);
		return figures;
	}

	/** A joint picture starts from the parties' own assessments, each under its party's name. */
	private static String joined(List<SituationPicture> parts, UUID areaId) {
		List<String> texts = new ArrayList<>();
		for (SituationPicture part : parts) {
			part.sections()
				.stream()
				.filter(section -> section.priorityAreaId().equals(areaId) && section.assessment() != null)
				.findFirst()
				.ifPresent(section -> texts.add((part.authorParty().equals("CITY") ? "Staden: " : "Polisen: ")
						+ section.assessment()));
		}
		return texts.isEmpty() ? null : String.join("\n\n", texts);
	}

	private static List<Source> defaultSources(UUID districtId) {
		List<Source> sources = new ArrayList<>();
		sources.add(new Source("Observationer i Samverkan (fältrapporter)",
				"Visar var och när rapportörer är ute; kvällar, helger och platser utan rapportörer syns mindre."));
		if (districtId == null) {
			sources.add(new Source("Polisens publicerade händelser",
					"Ett urval av polisens händelser; positionen är bara kommunens mittpunkt, så de kan inte fördelas på stadsdelsområden."));
		}
		return sources;
	}
}
