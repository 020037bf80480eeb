package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.ApiTest;

/**
 * A local police area that covers a district only in part (Farsta covers the Vantör part of
 * Enskede-Årsta-Vantör; Globen the Enskede-Årsta part) takes part in the district's joint work,
 * but reads and files observations only in its own neighbourhoods (issue 14, point 8).
 */
class PartialCoverageTests extends ApiTest {

	static final String OFFICER = "kommunpolis.farsta";

	static final String COORDINATOR = "samordnare.eav";

	/** Bandhagen: the Vantör part, covered by LPO Farsta. */
	static final String BANDHAGEN = "\"position\":{\"lat\":59.26692,\"lon\":18.05019}";

	/** Årsta: the Enskede-Årsta part, covered by LPO Globen. */
	static final String ARSTA = "\"position\":{\"lat\":59.29997,\"lon\":18.05788}";

	@BeforeEach
	void setUp() {
		fixtures.removeSituationData();
		fixtures.account(OFFICER, "POLICE", "LOCAL_COORDINATOR", "LPO-FARSTA");
		fixtures.account(COORDINATOR, "CITY", "LOCAL_COORDINATOR", "ENSKEDE-ARSTA-VANTOR");
	}

	@AfterEach
	void tearDown() {
		fixtures.removeSituationData();
		fixtures.removeAccount(OFFICER);
		fixtures.removeAccount(COORDINATOR);
	}

	@Test
	void readsObservationsOnlyInTheNeighbourhoodsItCovers() {
		String district = fixtures.unit("ENSKEDE-ARSTA-VANTOR").toString();
		assertThat(api.postAs(COORDINATOR, "/api/v1/observations", observation(BANDHAGEN, "vantor-1")).status())
			.isEqualTo(201);
		assertThat(api.postAs(COORDINATOR, "/api/v1/observations", observation(ARSTA, "arsta-1")).status())
			.isEqualTo(201);
		assertThat(api.postAs(COORDINATOR, "/api/v1/observations",
				"{\"occurredAt\":\"2026-03-01T10:00:00+01:00\",\"districtId\":\"" + district
						+ "\",\"categoryCode\":\"LITTERING\",\"severity\":1,\"externalId\":\"no-place-1\"}").status())
			.isEqualTo(201);

		assertThat(externalIds(OFFICER, "/api/v1/observations?districtId=" + district)).containsExactly("vantor-1");
		assertThat(externalIds(OFFICER, "/api/v1/observations")).containsExactly("vantor-1");
		assertThat(externalIds("samordnare.farsta", "/api/v1/observations?districtId=" + district))
			.as("the city's coordinator of Farsta does not reach Enskede-Årsta-Vantör").isEmpty();
		assertThat(externalIds("beredning.polis", "/api/v1/observations?districtId=" + district))
			.containsExactlyInAnyOrder("vantor-1", "arsta-1", "no-place-1");
	}

	@Test
	void filesObservationsOnlyInTheNeighbourhoodsItCovers() {
		assertThat(api.postAs(OFFICER, "/api/v1/observations", observation(BANDHAGEN, "vantor-2")).status())
			.isEqualTo(201);
		assertThat(api.postAs(OFFICER, "/api/v1/observations", observation(ARSTA, "arsta-2")).status()).isEqualTo(403);
		assertThat(api.postAs(OFFICER, "/api/v1/observations",
				"{\"occurredAt\":\"2026-03-01T10:00:00+01:00\",\"districtId\":\"" + fixtures.unit("ENSKEDE-ARSTA-VANTOR")
						+ "\",\"categoryCode\":\"LITTERING\",\"severity\":1}").status())
			.as("without a position the part is unknown").isEqualTo(403);
		assertThat(api.postAs(OFFICER, "/api/v1/observations",
				observation("\"position\":{\"lat\":59.2436,\"lon\":18.0933}", "farsta-1")).status())
			.as("Farsta district, covered whole").isEqualTo(201);
	}

	@Test
	void takesPartInTheWholeDistrictsJointWork() {
		String district = fixtures.unit("ENSKEDE-ARSTA-VANTOR").toString();
		assertThat(api.getAs(OFFICER, "/api/v1/situation-pictures?districtId=" + district).status()).isEqualTo(200);
		var picture = api.postAs(OFFICER, "/api/v1/situation-pictures",
				"{\"districtId\":\"" + district + "\",\"period\":\"2026\",\"authorParty\":\"POLICE\"}");
		assertThat(picture.status()).isEqualTo(201);
		assertThat(api.getAs(OFFICER, "/api/v1/situation-pictures?districtId=" + fixtures.unit("SODERMALM"))
			.status()).isEqualTo(403);
	}

	private List<String> externalIds(String username, String path) {
		var response = api.getAs(username, path);
		List<String> ids = new ArrayList<>();
		if (response.status() == 200) {
			response.body().get("items").forEach(item -> ids.add(item.get("externalId").asString()));
		}
		return ids;
	}

	private static String observation(String where, String externalId) {
		return "{\"occurredAt\":\"2026-03-01T10:00:00+01:00\"," + where
				+ ",\"categoryCode\":\"LITTERING\",\"severity\":1,\"externalId\":\"" + externalId + "\"}";
	}
}
