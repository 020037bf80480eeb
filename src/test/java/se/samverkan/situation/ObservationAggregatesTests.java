package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.identity.Actor;
import se.samverkan.identity.Role;
import se.samverkan.identity.RoleGrant;
import se.samverkan.organisation.DistrictLocator;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.support.ApiTest;

/**
 * The aggregates agree with the raw rows, on random data, after every way observations change:
 * reports one at a time, CSV imports (new, and partly imported before), reports and imports at the
 * same time from several threads, status changes, corrections and deletions made straight in the
 * database. And every overview read from them equals the plain count of the raw rows, for random
 * periods, categories and districts.
 */
class ObservationAggregatesTests extends ApiTest {

	static final LocalDate FIRST = LocalDate.of(2021, 1, 1);

	static final LocalDate LAST = LocalDate.of(2026, 11, 30);

	static final Actor CITY_REPORTER = actor("test.reporter", Role.REPORTER);

	static final Actor CITY_COORDINATOR = actor("test.coordinator", Role.LOCAL_COORDINATOR);

	@Autowired
	ObservationReporting reporting;

	@Autowired
	ObservationHandling handling;

	@Autowired
	ObservationAggregates aggregates;

	@Autowired
	DistrictOverview districtOverview;

	@Autowired
	CityOverview cityOverview;

	@Autowired
	DistrictLocator locator;

	@Autowired
	OrganisationDirectory organisation;

	private final SplittableRandom random = new SplittableRandom(2026);

	@BeforeEach
	@AfterEach
	void clean() {
		fixtures.removeSituationData();
	}

	@Test
	void agreeWithTheRawRowsAfterEveryKindOfChange() throws Exception {
		ObservationSamples samples = new ObservationSamples(locator, 7);

		for (ObservationSamples.Sample sample : samples.next(150, FIRST, LAST)) {
			report(sample);
		}
		assertAgree("single reports");

		assertThat(ObservationSamples.importCsv(api, "beredning.stad", ObservationSamples.csv(samples.next(1500, FIRST, LAST), "a"))
			.status()).isEqualTo(200);
		assertAgree("an import");

		List<ObservationSamples.Sample> mixed = samples.next(600, FIRST, LAST);
		assertThat(ObservationSamples.importCsv(api, "beredning.stad", ObservationSamples.csv(mixed.subList(0, 300), "b"))
			.status()).isEqualTo(200);
		var again = ObservationSamples.importCsv(api, "beredning.stad", ObservationSamples.csv(mixed, "b"));
		assertThat(again.body().get("imported").asInt()).isEqualTo(300);
		assertThat(again.body().get("skipped").asInt()).isEqualTo(300);
		assertAgree("an import of a file partly imported before");

		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < 3; t++) {
				List<ObservationSamples.Sample> batch = samples.next(60, FIRST, LAST);
				running.add(threads.submit((Callable<Void>) () -> {
					batch.forEach(this::report);
					return null;
				}));
			}
			String concurrentFile = ObservationSamples.csv(samples.next(800, FIRST, LAST), "c");
			running.add(threads.submit(() -> ObservationSamples.importCsv(api, "beredning.stad", concurrentFile).status()));
			for (Future<?> future : running) {
				future.get();
			}
		}
		finally {
			threads.shutdown();
		}
		assertThat(count()).isEqualTo(150 + 1500 + 600 + 180 + 800);
		assertAgree("concurrent reports and an import");

		List<UUID> ids = jdbc.sql("SELECT id FROM observation ORDER BY id").query(UUID.class).list();
		for (int i = 0; i < 120; i++) {
			Observation observation = reporting.get(CITY_COORDINATOR, ids.get(random.nextInt(ids.size())));
			if (observation.status().equals("NEW")) {
				handling.changeStatus(CITY_COORDINATOR, observation.id(), random.nextBoolean() ? "HANDLED" : "FORWARDED",
						"Skickat till bostadsbolaget", observation.version());
			}
		}
		assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE status <> 'NEW'").query(Long.class).single())
			.isGreaterThan(100);
		assertAgree("status changes");

		jdbc.sql("""
				UPDATE observation SET occurred_at = occurred_at - interval '40 days', category_code = 'FIRE',
				       priority_area_code = 'UNSAFE_PLACES'
				WHERE id IN (SELECT id FROM observation ORDER BY md5(id::text) LIMIT 200)""").update();
		assertAgree("corrections");

		int deleted = jdbc.sql("DELETE FROM observation WHERE id IN (SELECT id FROM observation ORDER BY md5(id::text) DESC LIMIT 400)")
			.update();
		assertThat(deleted).isEqualTo(400);
		assertAgree("deletions");
	}

	@Test
	void aRebuildRepairsCountsThatDrifted() {
		ObservationSamples samples = new ObservationSamples(locator, 11);
		ObservationSamples.importCsv(api, "beredning.stad", ObservationSamples.csv(samples.next(500, FIRST, LAST), "d"));
		jdbc.sql("DELETE FROM observation_cell_count WHERE grain = 'Y'").update();
		jdbc.sql("UPDATE observation_count SET n = n + 1 WHERE grain = 'W' AND period_start < '2023-01-01'").update();
		assertThat(aggregates.check().consistent()).isFalse();

		ObservationAggregates.Rebuilt rebuilt = aggregates.rebuild();

		assertThat(rebuilt.before().countDifferences()).isPositive();
		assertThat(rebuilt.before().cellDifferences()).isPositive();
		assertThat(rebuilt.observations()).isEqualTo(500);
		assertThat(aggregates.check().consistent()).isTrue();
		assertOverviewsAgree("after the rebuild");
	}

	@Test
	void letsOnlyAdministratorsRebuildOrCheck() {
		assertThat(api.postAs("admin", "/api/v1/observation-aggregates/rebuild", "").status()).isEqualTo(200);
		var check = api.getAs("admin", "/api/v1/observation-aggregates/check");
		assertThat(check.status()).isEqualTo(200);
		assertThat(check.body().get("countDifferences").asLong()).isZero();
		assertThat(check.body().get("cellDifferences").asLong()).isZero();
		assertThat(api.postAs("beredning.stad", "/api/v1/observation-aggregates/rebuild", "").status()).isEqualTo(403);
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/observation-aggregates/check").status()).isEqualTo(403);
		assertThat(api.post("/api/v1/observation-aggregates/rebuild", "", null).status()).isEqualTo(401);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'REBUILD' AND entity_type = 'ObservationAggregates'")
			.query(Long.class).single()).isPositive();
	}

	private void report(ObservationSamples.Sample sample) {
		reporting.report(CITY_REPORTER, new NewObservation(sample.occurredAt(),
				new Position(sample.lat(), sample.lon()), null, null, sample.categoryCode(), sample.severity(), null, null,
				null, null), "API");
	}

	private void assertAgree(String after) {
		assertThat(aggregates.check()).as("aggregates against raw rows after %s", after)
			.isEqualTo(new ObservationAggregates.Check(0, 0));
		assertOverviewsAgree(after);
	}

	/** District overviews (with and without predecessors) and the city overview against plain counts of the raw rows. */
	private void assertOverviewsAgree(String after) {
		List<UUID> districts = organisation.units(UnitType.DISTRICT, null, null).stream().map(u -> u.id()).toList();
		for (int i = 0; i < 12; i++) {
			LocalDate first = FIRST.minusDays(30).plusDays(random.nextInt(2200));
			LocalDate last = first.plusDays(random.nextInt(i % 3 == 0 ? 20 : 1200));
			String category = random.nextInt(3) == 0 ? ObservationSamples.CATEGORIES.get(random.nextInt(10)) : null;
			UUID district = i % 4 == 0 ? fixtures.unit("JARVA") : districts.get(random.nextInt(districts.size()));
			Set<UUID> lineage = organisation.lineage(district);
			assertThat(RawOverview.of(districtOverview.compute(district, first, last, category)))
				.as("district overview %s %s..%s %s after %s", district, first, last, category, after)
				.isEqualTo(RawOverview.of(jdbc, lineage, first, last, category).withoutDistricts());

			CityOverview.Overview city = cityOverview.compute(new OverviewPeriod(first, last), category);
			RawOverview raw = RawOverview.of(jdbc, districts, first, last, category);
			RawOverview rawBefore = RawOverview.of(jdbc, districts, city.previousFrom(), city.previousTo(), category);
			assertThat(city.total()).as("city total %s..%s after %s", first, last, after).isEqualTo(raw.total());
			assertThat(city.byDistrict().stream().mapToLong(CityOverview.DistrictCount::count).sum()).isEqualTo(raw.total());
			for (CityOverview.DistrictCount count : city.byDistrict()) {
				assertThat(count.count()).isEqualTo(sum(raw.byDistrict(), count.countedDistrictIds()));
				assertThat(count.previousCount()).isEqualTo(sum(rawBefore.byDistrict(), count.countedDistrictIds()));
			}
			RawOverview cityFigures = RawOverview.of(new DistrictOverview.Overview(null, first, last, category, city.total(),
					city.byCategory(), city.byPriorityArea(), city.byWeek(), city.hotspots(), city.byStatus(), Set.of()));
			assertThat(cityFigures).isEqualTo(raw.withoutDistricts());
		}
	}

	private static long sum(Map<UUID, Long> counts, Set<UUID> districts) {
		return districts.stream().mapToLong(id -> counts.getOrDefault(id, 0L)).sum();
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
	}

	private static Actor actor(String username, Role role) {
		return new Actor(UUID.randomUUID(), username, username, "CITY", List.of(new RoleGrant(role, null, null)));
	}
}
