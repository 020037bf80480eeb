package se.samverkan.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.LocalAgreementInput;
import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.analysis.Cause;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.governance.DecisionInput;
import se.samverkan.governance.SteeringDocument;
import se.samverkan.governance.SteeringDocumentRegister;
import se.samverkan.identity.Actor;
import se.samverkan.identity.ActorDirectory;
import se.samverkan.identity.DemoMode;
import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.GroupMembership;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.planning.PlanManagement;
import se.samverkan.situation.ObservationCsvImport;
import se.samverkan.situation.PoliceEventImport;
import se.samverkan.situation.SituationPicture;
import se.samverkan.situation.SituationPictureManagement;

/**
 * Loads the demo year once, on the embedded default with demo data on (issue 11): a newcomer who
 * runs the README's command sees a city at work. Each part goes through the module's own service
 * as the demo user who would do it, so the rules hold; what it makes is listed in
 * {@code demo_record}. Switched off with {@code samverkan.demo-year=false} (the tests do, to keep
 * their own data to themselves).
 */
@Component
@Order(25)
class DemoYear implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

	private final boolean wanted;

	private final DemoMode demo;

	private final JdbcClient jdbc;

	private final ActorDirectory actors;

	private final OrganisationDirectory organisation;

	private final DistrictLocator locator;

	private final ObservationCsvImport observations;

	private final PoliceEventImport policeEvents;

	private final SituationPictureManagement pictures;

	private final AgreementManagement agreements;

	private final ProblemManagement problems;

	private final PlanManagement plans;

	private final Clock clock;

	private final GroupMembership groups;

	private final SteeringDocumentRegister steeringDocuments;

	DemoYear(@Value("${samverkan.demo-year:true}") boolean wanted, DemoMode demo, JdbcClient jdbc, ActorDirectory actors,
			OrganisationDirectory organisation, DistrictLocator locator, ObservationCsvImport observations,
			PoliceEventImport policeEvents, SituationPictureManagement pictures, AgreementManagement agreements,
			ProblemManagement problems, PlanManagement plans, GroupMembership groups,
			SteeringDocumentRegister steeringDocuments, java.util.Optional<Clock> clock) {
		this.groups = groups;
		this.steeringDocuments = steeringDocuments;
		this.wanted = wanted;
		this.demo = demo;
		this.jdbc = jdbc;
		this.actors = actors;
		this.organisation = organisation;
		this.locator = locator;
		this.observations = observations;
		this.policeEvents = policeEvents;
		this.pictures = pictures;
		this.agreements = agreements;
		this.problems = problems;
		this.plans = plans;
		this.clock = clock.orElseGet(() -> Clock.system(java.time.ZoneId.of("Europe/Stockholm")));
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!wanted || !demo.active()) {
			return;
		}
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM demo_record WHERE entity_type = 'DEMO_YEAR')").query(Boolean.class)
			.single()) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		UUID sodermalm = unit("SODERMALM");
		UUID farsta = unit("FARSTA");
		Actor central = actor("beredning.stad");
		Actor coordinator = actor("samordnare.sodermalm");
		Actor police = actor("kommunpolis.sodermalm");
		Actor steering = actor("styrgrupp.sodermalm");
		// The police's seat in the local steering group: a joint picture needs a decision of each party.
		groups.add(organisation.groupByCode("STYRGRUPP-SODERMALM").orElseThrow().id(), "Kommunpolis Södermalm",
				"Lokalpolisområdets företrädare (demo)", unit("LPO-SODERMALM"), police.username());

		importObservations(central, GeneratedObservations.SODERMALM, sodermalm, today);
		importObservations(central, GeneratedObservations.FARSTA, farsta, today);
		try (var in = DemoYear.class.getResourceAsStream("/demo/police-events-2026-08-22.json")) {
			policeEvents.importEvents(central, in);
		}
		List<PriorityArea> areas = agreements.currentPriorityAreas();
		SituationPicture picture = situationPicture(coordinator, steering, police, sodermalm, today, areas);
		Agreement agreement = localAgreement(coordinator, police, sodermalm, today, areas);
		List<List<Cause>> causes = DemoAnalysis.problems(problems, coordinator, police, sodermalm, areas, this::record);
		// The council's goal that safety shall increase through prevention (3.6), served by the plan's safety goal
		List<UUID> saferGoalServes = steeringDocuments.all(coordinator)
			.stream()
			.flatMap(document -> document.goals().stream())
			.filter(goal -> "3.6".equals(goal.code()))
			.map(SteeringDocument.Goal::id)
			.toList();
		DemoPlan.plan(plans, coordinator, police, steering, sodermalm, today, areas, causes, saferGoalServes, this::record);
		record("DEMO_YEAR", UUID.nameUUIDFromBytes("samverkan-demo-year".getBytes()));
		log.info("Loaded the demo year (situation picture {}, local agreement {}) in {} ms", picture.id(), agreement.id(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private void importObservations(Actor actor, GeneratedObservations.Area area, UUID district, LocalDate today)
			throws java.io.IOException {
		Path file = GeneratedObservations.write(area, district, locator, today.minusMonths(18), today);
		try {
			var result = observations.importFile(actor, file, "demo-" + area.unitCode().toLowerCase() + ".csv", line -> {
			});
			if (!result.errors().isEmpty()) {
				throw new IllegalStateException("The demo observations were refused: " + result.errors().get(0));
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private SituationPicture situationPicture(Actor coordinator, Actor steering, Actor police, UUID district, LocalDate today,
			List<PriorityArea> areas) {
		int year = today.getMonthValue() >= 5 ? today.getYear() : today.getYear() - 1;
		String period = year == today.getYear() ? year + "-T1" : String.valueOf(year);
		SituationPicture picture = pictures.create(coordinator,
				new SituationPictureManagement.NewPicture(district, period, "JOINT", List.of()));
		for (SituationPicture.Section section : picture.sections()) {
			picture = pictures.updateSection(coordinator, picture.id(), section.priorityAreaId(),
					DemoTexts.assessment(section.priorityAreaCode()), DemoTexts.trend(section.priorityAreaCode()),
					picture.version());
		}
		picture = pictures.updateSources(coordinator, picture.id(),
				List.of(new SituationPicture.Source("Iakttagelser från fältassistenter och trygghetsvärdar (demo)",
						"Visar var det finns personal som rapporterar, inte hela stadsdelen."),
						new SituationPicture.Source("Polisens öppna händelser",
								"Ett urval av händelser; inte anmälda brott.")),
				picture.version());
		pictures.establish(steering, picture.id(), new DecisionInput(null,
				"Styrgruppen fastställer lägesbilden för stadens del (demo).", null));
		picture = pictures.establish(police, picture.id(), new DecisionInput(null,
				"Polisen bekräftar lägesbilden för sin del (demo).", null));
		record("SITUATION_PICTURE", picture.id());
		return picture;
	}

	private Agreement localAgreement(Actor coordinator, Actor police, UUID district, LocalDate today,
			List<PriorityArea> areas) {
		List<LocalAgreementInput.FocusAreaInput> focus = new ArrayList<>();
		List<NotAddressed> notAddressed = new ArrayList<>();
		for (PriorityArea area : areas) {
			if (DemoTexts.FOCUS.contains(area.code())) {
				focus.add(new LocalAgreementInput.FocusAreaInput(DemoTexts.focusTitle(area.code(), area.name()),
						area.id(), DemoTexts.focusDescription(area.code())));
			}
			else {
				notAddressed.add(new NotAddressed(area.id(),
						"Lägesbilden visar inget särskilt behov i Södermalm; följs i stadens gemensamma arbete (demo)."));
			}
		}
		Agreement agreement = agreements.draftLocal(coordinator,
				new LocalAgreementInput("Lokal samverkansöverenskommelse Södermalm " + today.getYear() + " (demo)",
						district, List.of(), LocalDate.of(today.getYear(), 1, 1),
						LocalDate.of(today.getYear() + 1, 12, 31), focus, notAddressed));
		agreements.sign(coordinator, agreement.id(), coordinator.party());
		agreement = agreements.sign(police, agreement.id(), police.party());
		record("AGREEMENT", agreement.id());
		return agreement;
	}

	private UUID unit(String code) {
		return organisation.unitByCode(code).orElseThrow(() -> new IllegalStateException("No unit " + code)).id();
	}

	private Actor actor(String username) {
		return actors.active()
			.stream()
			.filter(actor -> actor.username().equals(username))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo account " + username));
	}

	void record(String type, UUID id) {
		jdbc.sql("INSERT INTO demo_record (entity_type, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(type, id)
			.update();
	}
}
