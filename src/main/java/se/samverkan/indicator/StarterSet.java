package se.samverkan.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Actor;

/**
 * Stockholm's starter set of indicators, loaded once (after the agreement, whose priority areas
 * they follow): Kolada N07403 and N07540 for the city, the safety survey's share who feel unsafe
 * out late in the evening per district, the population per district, and one counted indicator per
 * observation category. The only figures stored are the two the sources give
 * (shared/data/stockholm/agreements-and-figures.md: the whole city, 2017 and 2020), as published
 * and preliminary until a central coordinator approves them; nothing else is invented.
 */
@Component
@Order(17)
class StarterSet implements ApplicationRunner {

	static final String SEED = "starter-set";

	static final String UNSAFE_EVENING = "TRYGG-OTRYGG-KVALL";

	static final String POPULATION = "BEFOLKNING";

	static final Actor SYSTEM = new Actor(null, AuditLog.SYSTEM, "Samverkan", null, List.of());

	private static final Logger log = LoggerFactory.getLogger(StarterSet.class);

	private final Indicators indicators;

	private final ValueRecording recording;

	private final AgreementManagement agreements;

	private final ObjectProvider<ObservationCounts> observations;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	StarterSet(Indicators indicators, ValueRecording recording, AgreementManagement agreements,
			ObjectProvider<ObservationCounts> observations, JdbcClient jdbc, TransactionTemplate transactions,
			AuditLog audit) {
		this.indicators = indicators;
		this.recording = recording;
		this.agreements = agreements;
		this.observations = observations;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			if (!Seeds.claim(jdbc, SEED)) {
				return;
			}
			List<Indicator> set = definitions();
			set.forEach(indicator -> {
				indicators.insert(indicator, AuditLog.SYSTEM);
				audit.recordChange("CREATE", "Indicator", indicator.id(), null, null, IndicatorManagement.snapshot(indicator));
			});
			Indicator unsafe = set.stream().filter(i -> i.code().equals(UNSAFE_EVENING)).findFirst().orElseThrow();
			String source = "Stockholms stads trygghetsmätning, hela staden; publicerat i DN 2020-09 (sekundärkälla)";
			List<ValueRules.Checked> published = List.of(
					new ValueRules.Checked(0, unsafe.id(), null, IndicatorPeriod.parse("2017"), new BigDecimal("10"), null,
							null, source),
					new ValueRules.Checked(1, unsafe.id(), null, IndicatorPeriod.parse("2020"), new BigDecimal("10"), null,
							null, source));
			recording.commit(SYSTEM, recording.stage(SYSTEM, List.of(unsafe), published), "REFERENCE");
			log.info("Loaded the starter set of {} indicators", set.size());
		});
	}

	private List<Indicator> definitions() {
		List<Indicator> set = new ArrayList<>();
		set.add(indicator("KOLADA-N07403", "Anmälda våldsbrott per 100 000 invånare", "per 100 000 invånare",
				Direction.LOWER_IS_BETTER, IndicatorSource.KOLADA, "N07403", areas("VULNERABLE_VICTIMS", "CRIMINAL_ENVIRONMENTS"),
				MeasurementLevel.MUNICIPALITY, Frequency.YEARLY, true,
				"Koladas nyckeltal N07403: anmälda våldsbrott per 100 000 invånare i kommunen under året.",
				"Anmälda brott visar också hur benägna människor är att anmäla och hur polisen arbetar; mörkertalet är stort "
						+ "för många våldsbrott. Gäller hela staden, inte stadsdelsområdena."));
		set.add(indicator("KOLADA-N07540", "Anmälda brott totalt per 100 000 invånare", "per 100 000 invånare",
				Direction.LOWER_IS_BETTER, IndicatorSource.KOLADA, "N07540", areas("UNSAFE_PLACES", "CRIMINAL_ENVIRONMENTS"),
				MeasurementLevel.MUNICIPALITY, Frequency.YEARLY, true,
				"Koladas nyckeltal N07540: samtliga anmälda brott per 100 000 invånare i kommunen under året.",
				"Nyckeltalets id är hämtat ur tredjepartskod, inte ur Koladas egen beskrivning: kontrollera det i Kolada. "
						+ "Anmälda brott visar också anmälningsbenägenhet och polisens arbete. Gäller hela staden."));
		set.add(indicator(UNSAFE_EVENING, "Andel som känner sig otrygga om de går ut ensamma sent en kväll i sitt område",
				"%", Direction.LOWER_IS_BETTER, IndicatorSource.SAFETY_SURVEY, "Stockholms stads trygghetsmätning",
				areas("UNSAFE_PLACES"), MeasurementLevel.DISTRICT, Frequency.EVERY_THIRD_YEAR, true,
				"Andelen av de svarande (16–79 år) i stadens trygghetsmätning som känner sig otrygga eller mycket otrygga "
						+ "om de går ut ensamma sent en kväll i det egna bostadsområdet.",
				"Mäts vart tredje år med enkät (svarsfrekvens omkring 55 % år 2017). Värdena per stadsdelsområde finns i "
						+ "stadens rapporter men är inte inlagda; de två inlagda värdena gäller hela staden."));
		set.add(indicator(POPULATION, "Folkmängd", "invånare", Direction.NEUTRAL, IndicatorSource.MANUAL,
				"Stockholms stads statistik (folkmängd 31 december)", List.of(), MeasurementLevel.DISTRICT, Frequency.YEARLY,
				true, "Antal folkbokförda invånare den 31 december.",
				"Ett sammanhangsmått för att räkna om antal till per invånare. Inga värden är inlagda: läs in stadens "
						+ "statistik per stadsdelsområde."));
		ObservationCounts counts = observations.getIfAvailable();
		if (counts != null) {
			for (ObservationCounts.Category category : counts.categories()) {
				set.add(indicator("OBS-" + category.code(), "Observationer: " + category.name().toLowerCase(java.util.Locale.ROOT),
						"antal", Direction.LOWER_IS_BETTER, IndicatorSource.OBSERVATIONS, category.code(),
						areas(category.priorityAreaCode()), MeasurementLevel.DISTRICT, Frequency.TERTIAL, false,
						"Antal observationer i kategorin ”" + category.name() + "” som rapporterats i Samverkan, per "
								+ "stadsdelsområde och tertial. Räknas ur observationerna när värdena visas.",
						"Visar var och när rapportörerna är ute: fler observationer kan betyda fler rapportörer eller mer "
								+ "uppmärksamhet, inte bara fler problem. Kvällar, helger och platser utan rapportörer syns mindre."));
			}
		}
		return set;
	}

	private List<UUID> areas(String... codes) {
		List<UUID> ids = new ArrayList<>();
		for (String code : codes) {
			agreements.currentPriorityAreas()
				.stream()
				.filter(area -> area.code().equals(code))
				.map(PriorityArea::id)
				.findFirst()
				.ifPresent(ids::add);
		}
		return ids;
	}

	private static Indicator indicator(String code, String name, String unit, Direction direction,
			IndicatorSource source, String sourceRef, List<UUID> areas, MeasurementLevel level, Frequency frequency,
			boolean isPublic, String definition, String limitations) {
		return new Indicator(UUID.randomUUID(), code, name, unit, direction, source, sourceRef, areas, level, frequency,
				isPublic, definition, limitations, null, null, 0);
	}

	/** One-time loads, claimed in the database so that instances starting together load once. */
	static final class Seeds {

		private Seeds() {
		}

		static boolean claim(JdbcClient jdbc, String name) {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('samverkan-indicator-seed'))").query().singleRow();
			return jdbc.sql("INSERT INTO indicator_seed (name) VALUES (:name) ON CONFLICT DO NOTHING").param("name", name)
				.update() == 1;
		}
	}
}
