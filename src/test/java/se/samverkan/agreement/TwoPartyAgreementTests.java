package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * A local agreement binds both parties: the district and at least one local police area covering
 * it. Neither party can produce a SIGNED agreement alone, neither by leaving the other out nor by
 * editing it out after it signed (issue 14, point 1).
 */
class TwoPartyAgreementTests extends ApiTest {

	@BeforeEach
	void setUp() {
		fixtures.removeLocalAgreements();
	}

	@AfterEach
	void tearDown() {
		fixtures.removeLocalAgreements();
		fixtures.removeAccount("kommunpolis.farsta");
	}

	@Test
	void refusesALocalAgreementWithoutThePoliceNamingTheField() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		var refused = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				withParties(fixtures.localAgreement(sodermalm, "Bara staden", 5), sodermalm));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("partyUnitIds");
		assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("missing-party");
		assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE kind = 'LOCAL'").query(Long.class).single()).isZero();
	}

	@Test
	void alwaysHasTheDistrictAsAParty() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		var created = api.postAs("kommunpolis.sodermalm", "/api/v1/agreements",
				withParties(fixtures.localAgreement(sodermalm, "Bara polisen", 5), fixtures.unit("LPO-SODERMALM")));
		assertThat(created.status()).isEqualTo(201);
		// The district is always a party, whatever the list says: the draft binds both.
		assertThat(partyIds(created.body())).containsExactlyInAnyOrder(sodermalm.toString(),
				fixtures.unit("LPO-SODERMALM").toString());
	}

	@Test
	void aCityOnlyAgreementNeverReachesSignedEvenWhenStoredThatWay() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		String id = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(sodermalm, "Södermalm", 5)).body().get("id").asString();
		// An agreement stored before the rule (or written around the service) with the police left out.
		jdbc.sql("DELETE FROM agreement_party WHERE agreement_id = :id AND party = 'POLICE'")
			.param("id", UUID.fromString(id))
			.update();
		var city = api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/signatures", "");
		assertThat(city.status()).isEqualTo(409);
		assertThat(status(id)).isNotEqualTo("SIGNED");
	}

	@Test
	void refusesDroppingThePoliceAfterTheySigned() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		String id = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(sodermalm, "Södermalm", 5)).body().get("id").asString();
		assertThat(api.postAs("kommunpolis.sodermalm", "/api/v1/agreements/" + id + "/signatures", "").status())
			.isEqualTo(201);
		JsonNode signedByPolice = api.getAs("samordnare.sodermalm", "/api/v1/agreements/" + id).body();

		var dropped = put(id, withParties(signedByPolice.toString(), sodermalm));
		assertThat(dropped.status()).isEqualTo(400);
		assertThat(dropped.body().get("errors").get(0).get("code").asString()).isEqualTo("missing-party");
		JsonNode after = api.getAs("samordnare.sodermalm", "/api/v1/agreements/" + id).body();
		assertThat(partyIds(after)).contains(fixtures.unit("LPO-SODERMALM").toString());
		assertThat(after.get("signatures")).hasSize(1);
		assertThat(after.get("version").asInt()).isEqualTo(signedByPolice.get("version").asInt());

		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/agreements/" + id + "/signatures", "").body()
			.get("status").asString()).isEqualTo("SIGNED");
		assertThat(api.getAs("samordnare.sodermalm", "/api/v1/agreements/" + id).body().get("signatures")).hasSize(2);
	}

	@Test
	void refusesDroppingAPoliceAreaThePoliceSignedForInASplitDistrict() {
		fixtures.account("kommunpolis.farsta", "POLICE", "LOCAL_COORDINATOR", "LPO-FARSTA");
		UUID district = fixtures.unit("ENSKEDE-ARSTA-VANTOR");
		var created = api.postAs("beredning.stad", "/api/v1/agreements",
				fixtures.localAgreement(district, "Enskede-Årsta-Vantör", 5));
		assertThat(partyIds(created.body())).containsExactlyInAnyOrder(district.toString(),
				fixtures.unit("LPO-GLOBEN").toString(), fixtures.unit("LPO-FARSTA").toString());
		String id = created.body().get("id").asString();
		assertThat(api.postAs("kommunpolis.farsta", "/api/v1/agreements/" + id + "/signatures", "").status())
			.isEqualTo(201);
		JsonNode signedByPolice = api.getAs("beredning.stad", "/api/v1/agreements/" + id).body();

		var dropped = api.send(api.request("/api/v1/agreements/" + id, api.tokenFor("beredning.stad"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(
					withParties(signedByPolice.toString(), district, fixtures.unit("LPO-FARSTA"))))
			.build());
		assertThat(dropped.status()).isEqualTo(409);
		assertThat(dropped.body().get("detail").asString()).contains("redan har skrivit under");
		assertThat(api.getAs("beredning.stad", "/api/v1/agreements/" + id).body().get("partyUnitIds")).hasSize(3);
	}

	@Test
	void stillLetsTheTextChangeAfterOnePartySignedKeepingBothParties() {
		UUID sodermalm = fixtures.unit("SODERMALM");
		String id = api.postAs("samordnare.sodermalm", "/api/v1/agreements",
				fixtures.localAgreement(sodermalm, "Södermalm", 5)).body().get("id").asString();
		api.postAs("kommunpolis.sodermalm", "/api/v1/agreements/" + id + "/signatures", "");
		JsonNode signedByPolice = api.getAs("samordnare.sodermalm", "/api/v1/agreements/" + id).body();
		var changed = put(id, signedByPolice.toString().replace("\"title\":\"Södermalm\"", "\"title\":\"Södermalm 2\""));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("signatures")).isEmpty();
		assertThat(partyIds(changed.body())).contains(fixtures.unit("LPO-SODERMALM").toString(), sodermalm.toString());
	}

	private Api.Response put(String id, String body) {
		return api.send(api.request("/api/v1/agreements/" + id, api.tokenFor("samordnare.sodermalm"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private String status(String id) {
		return jdbc.sql("SELECT status FROM agreement WHERE id = :id").param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private static java.util.List<String> partyIds(JsonNode agreement) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		agreement.get("partyUnitIds").forEach(id -> ids.add(id.asString()));
		return ids;
	}

	/** The body with {@code partyUnitIds} set to exactly these units. */
	private static String withParties(String body, UUID... units) {
		String list = java.util.Arrays.stream(units).map(unit -> "\"" + unit + "\"")
			.collect(java.util.stream.Collectors.joining(",", "[", "]"));
		String without = body.replaceAll("\"partyUnitIds\":\\[[^]]*],?", "");
		return "{\"partyUnitIds\":" + list + "," + without.substring(1);
	}
}
