package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkan.support.ApiTest;

/**
 * The organisation is reference data that every signed-in user reads, whatever their role or
 * scope (a reporter in Södermalm sees Farsta's boundary); nobody reads it without signing in.
 */
class OrganisationAccessTests extends ApiTest {

	@Test
	void readsAUnitSignedInAndNotWithout() {
		String farsta = "/api/v1/units/" + fixtures.unit("FARSTA");
		assertThat(api.getAs("rapportor.sodermalm", farsta).status()).isEqualTo(200);
		assertThat(api.get(farsta, null).status()).isEqualTo(401);
		assertThat(api.get(farsta, "not-a-token").status()).isEqualTo(401);
	}

	@Test
	void readsCoverageSignedInAndNotWithout() {
		String coverage = "/api/v1/units/" + fixtures.unit("LPO-SODERMALM") + "/coverage";
		var read = api.getAs("samordnare.farsta", coverage);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get(0).get("name").asString()).isEqualTo("Södermalm");
		assertThat(api.get(coverage, null).status()).isEqualTo(401);
	}

	@Test
	void servesADistrictsBoundarySignedInAndNotWithout() {
		String boundary = "/api/v1/districts/" + fixtures.unit("FARSTA") + "/boundary";
		var read = api.getAs("rapportor.sodermalm", boundary);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("Content-Type")).startsWith("application/geo+json");
		assertThat(read.raw().body()).contains("\"type\"").contains("Polygon");
		assertThat(api.get(boundary, null).status()).isEqualTo(401);
		assertThat(api.getAs("lasare", "/api/v1/districts/" + fixtures.unit("LPO-SODERMALM") + "/boundary").status())
			.as("a police area has no boundary of its own").isEqualTo(404);
	}
}
