package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.indicator.IndicatorFixtures.fields;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;
import se.samverkan.support.KoladaStub;

/**
 * Kolada imports on payloads in the documented shape (../shared/data/kolada/FORMAT.md), made by
 * the tests (no real Kolada figures are stored anywhere): paging, null values, gender rows, v2
 * string periods, an unknown KPI and municipality reported, a second import changing nothing.
 */
class KoladaImportTests extends ApiTest {

	@Autowired
	Indicators indicators;

	@Autowired
	ValueUnits units;

	@Autowired
	KoladaImport importer;

	@Autowired
	TaskScheduler scheduler;

	@Autowired
	TransactionTemplate transactions;

	private IndicatorFixtures given;

	private UUID violence;

	private HttpServer server;

	@BeforeEach
	void setUp() {
		given = new IndicatorFixtures(api, jdbc);
		given.removeAll();
		violence = fixtures.indicator("KOLADA-N07403");
		jdbc.sql("DELETE FROM indicator_value WHERE indicator_id IN (SELECT id FROM indicator WHERE source = 'KOLADA')").update();
	}

	@AfterEach
	void tearDown() {
		if (server != null) {
			server.stop(0);
		}
		given.removeAll();
	}

	/** Page one (v3: numeric periods) with gender rows, a null, an unknown KPI and an unknown municipality. */
	static String pageOne(String next) {
		return """
				{"values": [
				  {"kpi": "N07403", "municipality": "0180", "period": 2023,
				   "values": [{"gender": "T", "value": 1412.3, "status": "", "count": 1},
				              {"gender": "K", "value": 1001.0, "status": "", "count": 1},
				              {"gender": "M", "value": 1830.9, "status": "", "count": 1}]},
				  {"kpi": "N07403", "municipality": "0180", "period": 2024,
				   "values": [{"gender": "T", "value": null, "status": "", "count": 1}]},
				  {"kpi": "U99999", "municipality": "0180", "period": 2024,
				   "values": [{"gender": "T", "value": 12.0, "status": "", "count": 1}]},
				  {"kpi": "N07403", "municipality": "0114", "period": 2023,
				   "values": [{"gender": "T", "value": 900.0, "status": "", "count": 1}]}
				 ],
				 "count": 4%s}""".formatted(next == null ? "" : ", \"next_page\": \"" + next + "\"");
	}

	/** Page two (v2: the period as a string), for the other KPI of the starter set. */
	static final String PAGE_TWO = """
			{"values": [
			  {"kpi": "N07540", "municipality": "0180", "period": "2023",
			   "values": [{"gender": "T", "value": 15023.5, "status": "", "count": 1}]},
			  {"kpi": "N07403", "municipality": "0180", "period": "2022",
			   "values": [{"gender": "T", "value": 1388, "status": "", "count": 1}]}
			 ],
			 "count": 2, "previous_page": "http://kolada.invalid/v3/page1"}""";

	@Test
	void importsTheTotalsOfTwoPagesReportsWhatItCannotUseAndChangesNothingTheSecondTime() {
		String pages = "[" + pageOne("http://kolada.invalid/v3/page2") + "," + PAGE_TWO + "]";
		var first = api.postAs("beredning.stad", "/api/v1/imports/kolada", pages);
		assertThat(first.status()).isEqualTo(200);
		JsonNode report = first.body();
		assertThat(report.get("imported").asInt()).isEqualTo(3);
		assertThat(report.get("pages").asInt()).isEqualTo(2);
		assertThat(report.get("unused")).extracting(u -> u.get("reason").asString())
			.containsExactlyInAnyOrder("gender", "gender", "no-value", "unknown-kpi", "unknown-municipality");
		assertThat(report.get("skipped").asInt()).isEqualTo(5);

		JsonNode values = api.getAs("lasare", "/api/v1/indicators/" + violence + "/values").body().get("items");
		assertThat(values).extracting(v -> v.get("period").asString()).containsExactly("2022", "2023");
		assertThat(values.get(1).get("value").decimalValue()).isEqualByComparingTo("1412.3");
		assertThat(values.get(1).get("unitId").isNull()).isTrue();
		assertThat(values.get(1).get("unitCode").asString()).isEqualTo("0180");
		assertThat(values.get(1).get("source").asString()).isEqualTo("KOLADA");
		assertThat(values.get(1).get("state").asString()).isEqualTo("PRELIMINARY");

		long audited = recordedChanges();
		var second = api.postAs("beredning.polis", "/api/v1/imports/kolada", pages);
		assertThat(second.body().get("imported").asInt()).isZero();
		assertThat(second.body().get("unchanged").asInt()).isEqualTo(3);
		assertThat(recordedChanges()).isEqualTo(audited);
	}

	private long recordedChanges() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id AND action = 'RECORD_VALUES'")
			.param("id", violence)
			.query(Long.class)
			.single();
	}

	@Test
	void aRevisedFigureReplacesTheOldOneWhichStaysInTheAuditLog() {
		api.postAs("beredning.stad", "/api/v1/imports/kolada", PAGE_TWO);
		var revised = api.postAs("beredning.stad", "/api/v1/imports/kolada", PAGE_TWO.replace("1388", "1390.5"));
		assertThat(revised.body().get("imported").asInt()).isEqualTo(1);
		String audit = jdbc.sql("""
				SELECT changes::text FROM audit_entry WHERE entity_id = :id AND action = 'RECORD_VALUES' ORDER BY id DESC LIMIT 1""")
			.param("id", violence)
			.query(String.class)
			.single();
		assertThat(audit).contains("1388").contains("1390.5");
	}

	@Test
	void onlyCentralCoordinatorsImportAndAResponseOfAnotherShapeIsRefused() {
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/imports/kolada", PAGE_TWO).status()).isEqualTo(403);
		assertThat(api.postAs("lasare", "/api/v1/imports/kolada", PAGE_TWO).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/imports/kolada", PAGE_TWO, null).status()).isEqualTo(401);
		var wrong = api.postAs("beredning.stad", "/api/v1/imports/kolada", "{\"rows\": []}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(fields(wrong.body())).containsExactly("values");
		var broken = api.postAs("beredning.stad", "/api/v1/imports/kolada",
				"{\"values\": [{\"kpi\": \"N07403\", \"period\": 2024}, {\"kpi\": \"N07403\", \"municipality\": \"0180\", \"period\": 2024, \"values\": [{\"gender\": \"T\", \"value\": \"mycket\"}]}]}");
		assertThat(fields(broken.body())).containsExactly("values[0]", "values[1].values.value");
		assertThat(api.postAs("beredning.stad", "/api/v1/imports/kolada", "").status()).isEqualTo(400);
		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/imports/kolada/fetch", "").status()).isEqualTo(403);
		assertThat(api.post("/api/v1/imports/kolada/fetch", "", null).status()).isEqualTo(401);
		assertThat(given.storedValues(violence)).isZero();
	}

	@Test
	void aCentralCoordinatorFetchesNowFromTheConfiguredKolada() {
		KoladaStub.reset();
		KoladaStub.answer(PAGE_TWO.replace("http://kolada.invalid/v3/page1", ""));
		try {
			var fetched = api.postAs("beredning.stad", "/api/v1/imports/kolada/fetch", "");
			assertThat(fetched.status()).isEqualTo(200);
			assertThat(fetched.body().get("imported").asInt()).isEqualTo(2);
			assertThat(KoladaStub.asked()).singleElement().asString().startsWith("/v3/data/kpi/N07403,N07540/municipality/0180/year/");
			assertThat(given.storedValues(violence)).isEqualTo(1);
			assertThat(api.postAs("beredning.stad", "/api/v1/imports/kolada/fetch", "").body().get("imported").asInt())
				.as("the same answer again changes nothing").isZero();
		}
		finally {
			KoladaStub.reset();
		}
	}

	@Test
	void aKoladaThatFailsIsAnsweredAsABadGatewayAndNothingIsStored() {
		try {
			for (var failure : java.util.Map.of(503, "Service Unavailable", 200, "<html>inte JSON</html>").entrySet()) {
				KoladaStub.answer(failure.getKey(), failure.getValue());
				var refused = api.postAs("beredning.stad", "/api/v1/imports/kolada/fetch", "");
				assertThat(refused.status()).as(failure.getValue()).isEqualTo(502);
				assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
				assertThat(refused.body().get("detail").asString()).startsWith("Hämtningen från Kolada misslyckades");
			}
			assertThat(given.storedValues(violence)).isZero();
		}
		finally {
			KoladaStub.reset();
		}
	}

	@Test
	void theScheduledFetchIsOffByDefaultAndFollowsNextPageOnTheSameHostOnly() throws Exception {
		KoladaFetch off = new KoladaFetch("", Duration.ofDays(1), 10, indicators, units, importer, scheduler, jdbc,
				transactions);
		off.start();
		assertThat(off.enabled()).isFalse();
		assertThat(off.isRunning()).isFalse();

		List<String> asked = new CopyOnWriteArrayList<>();
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v3";
		server.createContext("/v3/", exchange -> {
			asked.add(exchange.getRequestURI().toString());
			String body = exchange.getRequestURI().getPath().endsWith("/page2") ? PAGE_TWO.replace("http://kolada.invalid", "https://elsewhere.example")
					: pageOne(base + "/page2");
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		KoladaFetch fetch = new KoladaFetch(base + "/", Duration.ofDays(1), 3, indicators, units, importer, scheduler, jdbc,
				transactions);
		KoladaReport report = fetch.fetchOnce();
		int last = LocalDate.now().getYear() - 1;
		assertThat(asked).containsExactly(
				"/v3/data/kpi/N07403,N07540/municipality/0180/year/" + (last - 2) + "," + (last - 1) + "," + last, "/v3/page2");
		assertThat(report.pages()).isEqualTo(2);
		assertThat(report.imported()).isEqualTo(3);
		assertThat(fetch.fetchOnce().imported()).isZero();
		String who = jdbc.sql("SELECT DISTINCT updated_by FROM indicator_value WHERE indicator_id = :id").param("id", violence)
			.query(String.class)
			.single();
		assertThat(who).isEqualTo("system");
		assertThat(KoladaFetch.nextPage(java.net.URI.create(base), IndicatorFixtures.JSON
			.readTree("{\"next_page\": \"https://elsewhere.example/v3/page3\"}"))).isNull();
		assertThat(given.storedValues(violence)).isEqualTo(2);
	}
}
