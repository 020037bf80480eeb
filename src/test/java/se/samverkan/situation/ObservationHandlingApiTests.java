package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/** A district's coordinators work through its observations: the list, its filters and the status change. */
class ObservationHandlingApiTests extends ApiTest {

	static final String MEDBORGARPLATSEN = "\"position\":{\"lat\":59.3146,\"lon\":18.0714}";

	@BeforeEach
	@AfterEach
	void clean() {
		fixtures.removeSituationData();
	}

	@Test
	void letsADistrictsCoordinatorMarkAnObservationHandledWithANote() {
		String id = report("GRAFFITI");
		var handled = patch("samordnare.sodermalm", id, "{\"status\":\"HANDLED\",\"note\":\"Sanerat av fastighetsägaren\",\"version\":0}");
		assertThat(handled.status()).isEqualTo(200);
		assertThat(handled.body().get("status").asString()).isEqualTo("HANDLED");
		assertThat(handled.body().get("version").asInt()).isEqualTo(1);

		JsonNode read = api.getAs("samordnare.sodermalm", "/api/v1/observations/" + id).body();
		assertThat(read.get("status").asString()).isEqualTo("HANDLED");
		assertThat(read.get("categoryCode").asString()).isEqualTo("GRAFFITI");
		assertThat(read.get("statusChanges").get(0).get("note").asString()).isEqualTo("Sanerat av fastighetsägaren");
		assertThat(read.get("statusChanges").get(0).get("fromStatus").asString()).isEqualTo("NEW");
		assertThat(read.get("statusChanges").get(0).get("changedBy").asString()).isEqualTo("samordnare.sodermalm");

		JsonNode audit = api.getAs("samordnare.sodermalm", "/api/v1/audit?entityId=" + id).body();
		JsonNode change = null;
		for (JsonNode entry : audit) {
			if (entry.get("action").asString().equals("CHANGE_STATUS")) {
				change = entry.get("changes");
			}
		}
		assertThat(change).isNotNull();
		assertThat(change.get("before").get("status").asString()).isEqualTo("NEW");
		assertThat(change.get("after").get("status").asString()).isEqualTo("HANDLED");
		assertThat(change.get("after").get("note").asString()).isEqualTo("Sanerat av fastighetsägaren");
	}

	@Test
	void theOverviewCountsByStatusAndFollowsTheChange() {
		String first = report("GRAFFITI");
		report("GRAFFITI");
		String path = "/api/v1/districts/" + fixtures.unit("SODERMALM") + "/overview";
		assertThat(statusCount(api.getAs("samordnare.sodermalm", path).body(), "NEW")).isEqualTo(2);
		patch("kommunpolis.sodermalm", first, "{\"status\":\"FORWARDED\",\"note\":\"Till polisen i Södermalm\",\"version\":0}");
		JsonNode overview = api.getAs("samordnare.sodermalm", path).body();
		assertThat(statusCount(overview, "NEW")).isEqualTo(1);
		assertThat(statusCount(overview, "FORWARDED")).isEqualTo(1);
		assertThat(statusCount(overview, "HANDLED")).isZero();
		assertThat(overview.get("total").asInt()).isEqualTo(2);
		JsonNode city = api.getAs("lasare", "/api/v1/overview").body();
		assertThat(statusCount(city, "FORWARDED")).isEqualTo(1);
	}

	@Test
	void refusesAStaleVersionAndChangesNothing() {
		String id = report("LITTERING");
		assertThat(patch("samordnare.sodermalm", id, "{\"status\":\"HANDLED\",\"version\":0}").status()).isEqualTo(200);
		var stale = patch("samordnare.sodermalm", id, "{\"status\":\"NEW\",\"note\":\"Fel\",\"version\":0}");
		assertThat(stale.status()).isEqualTo(409);
		JsonNode read = api.getAs("samordnare.sodermalm", "/api/v1/observations/" + id).body();
		assertThat(read.get("status").asString()).isEqualTo("HANDLED");
		assertThat(read.get("statusChanges")).hasSize(1);
	}

	@Test
	void refusesChangesTheRulesDoNotAllowAndBadInputNamingTheField() {
		String id = report("DRUGS");
		assertThat(field(patch("samordnare.sodermalm", id, "{\"status\":\"FORWARDED\",\"version\":0}"))).isEqualTo("note");
		assertThat(field(patch("samordnare.sodermalm", id, "{\"status\":\"DONE\",\"version\":0}"))).isEqualTo("status");
		assertThat(field(patch("samordnare.sodermalm", id, "{\"status\":\"HANDLED\"}"))).isEqualTo("version");
		var personal = patch("samordnare.sodermalm", id, "{\"status\":\"HANDLED\",\"note\":\"Gäller 811218-9876\",\"version\":0}");
		assertThat(personal.status()).isEqualTo(400);
		assertThat(personal.body().get("errors").get(0).get("code").asString()).isEqualTo("personal-identity-number");
		assertThat(patch("samordnare.sodermalm", id, "{\"status\":\"NEW\",\"note\":\"Redan ny\",\"version\":0}").status())
			.isEqualTo(409);
		assertThat(patch("samordnare.sodermalm", id, "{\"status\":\"HANDLED\",\"version\":0}").status()).isEqualTo(200);
		assertThat(patch("samordnare.sodermalm", id, "{\"status\":\"FORWARDED\",\"note\":\"x\",\"version\":1}").status())
			.isEqualTo(409);
		assertThat(patch("samordnare.sodermalm", id, "{\"status\":\"NEW\",\"note\":\"Inte klart ändå\",\"version\":1}").status())
			.isEqualTo(200);
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/observations/" + id).body().get("status").asString())
			.isEqualTo("NEW");
	}

	@Test
	void letsNoOneOutsideTheDistrictsCoordinatorsChangeAStatus() {
		String id = report("FIRE");
		String body = "{\"status\":\"HANDLED\",\"version\":0}";
		assertThat(patch("samordnare.farsta", id, body).status()).isEqualTo(403);
		assertThat(patch("rapportor.sodermalm", id, body).status()).isEqualTo(403);
		assertThat(patch("lasare", id, body).status()).isEqualTo(403);
		assertThat(patch("styrgrupp.sodermalm", id, body).status()).isEqualTo(403);
		assertThat(api.send(api.request("/api/v1/observations/" + id, null)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body))
			.build()).status()).isEqualTo(401);
		assertThat(patch("samordnare.sodermalm", UUID.randomUUID().toString(), body).status()).isEqualTo(404);
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/observations/" + id).body().get("status").asString())
			.isEqualTo("NEW");
	}

	@Test
	void showsOneObservationToItsReadersAndItsReporterOnly() {
		String id = report("FIRE");
		assertThat(api.getAs("rapportor.sodermalm", "/api/v1/observations/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("lasare", "/api/v1/observations/" + id).status()).isEqualTo(200);
		assertThat(api.getAs("samordnare.farsta", "/api/v1/observations/" + id).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/observations/" + id, null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/observations/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void filtersTheListByStatusAndNeighbourhood() {
		String handled = report("GRAFFITI");
		report("GRAFFITI");
		report("LITTERING");
		ObservationSamples.importCsv(api, "samordnare.sodermalm", ObservationSamples.HEADER
				+ new ObservationSamples.Sample(OffsetDateTime.parse("2026-10-01T10:00:00+02:00"), 59.3250, 18.0700, "LITTERING", 1)
					.csvLine("gamla-stan"));
		patch("samordnare.sodermalm", handled, "{\"status\":\"HANDLED\",\"version\":0}");
		String list = "/api/v1/observations?districtId=" + fixtures.unit("SODERMALM");
		assertThat(total(list)).isEqualTo(4);
		assertThat(total(list + "&status=NEW")).isEqualTo(3);
		assertThat(total(list + "&status=HANDLED")).isEqualTo(1);
		assertThat(total(list + "&status=NEW&categoryCode=GRAFFITI")).isEqualTo(1);
		assertThat(total(list + "&neighbourhood=S%C3%B6dermalm")).isEqualTo(3);
		assertThat(total(list + "&neighbourhood=Gamla%20stan")).isEqualTo(1);
		var bad = api.getAs("samordnare.sodermalm", list + "&status=DONE");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("status");
		JsonNode page = api.getAs("samordnare.sodermalm", list + "&size=2&page=1").body();
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("totalItems").asInt()).isEqualTo(4);
	}

	private String report(String category) {
		var created = api.postAs("rapportor.sodermalm", "/api/v1/observations",
				"{\"occurredAt\":\"2026-11-01T21:30:00+01:00\"," + MEDBORGARPLATSEN + ",\"categoryCode\":\"" + category
						+ "\",\"severity\":2}");
		assertThat(created.status()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	private Api.Response patch(String username, String id, String body) {
		return api.send(api.request("/api/v1/observations/" + id, api.tokenFor(username))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static String field(Api.Response response) {
		assertThat(response.status()).isEqualTo(400);
		return response.body().get("errors").get(0).get("field").asString();
	}

	private int total(String path) {
		return api.getAs("samordnare.sodermalm", path).body().get("totalItems").asInt();
	}

	private static long statusCount(JsonNode overview, String status) {
		for (JsonNode count : overview.get("byStatus")) {
			if (count.get("status").asString().equals(status)) {
				return count.get("count").asLong();
			}
		}
		return 0;
	}

}
