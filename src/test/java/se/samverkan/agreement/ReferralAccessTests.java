package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;

/**
 * A referral round and its responses are read by everyone with reading rights (the rounds concern
 * every unit), and by no one without them: a reporter, or a caller without a token.
 */
class ReferralAccessTests extends ApiTest {

	@Test
	void showsARoundsDetailsToReadersAndRefusesThemToReporters() {
		String round = "/api/v1/referrals/" + seededRoundId();
		var read = api.getAs("samordnare.farsta", round);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("caseNumber").asString()).isEqualTo("KS 2023/740");
		assertThat(api.getAs("kommunpolis.sodermalm", round).status()).isEqualTo(200);
		var refused = api.getAs("rapportor.sodermalm", round);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.raw().body()).doesNotContain("KS 2023/740");
		assertThat(api.get(round, null).status()).isEqualTo(401);
	}

	@Test
	void showsTheResponsesToReadersAndRefusesThemToReporters() {
		String responses = "/api/v1/referrals/" + seededRoundId() + "/responses";
		var read = api.getAs("kommunikator.polis", responses);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get(0).get("caseNumber").asString()).isEqualTo("SÖD 2023/713");
		var refused = api.getAs("rapportor.sodermalm", responses);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.raw().body()).doesNotContain("Josefin Lokvist");
		assertThat(api.get(responses, null).status()).isEqualTo(401);
	}

	private String seededRoundId() {
		for (JsonNode round : api.getAs("lasare", "/api/v1/referrals?size=500").body().get("items")) {
			if (round.get("caseNumber").asString().equals("KS 2023/740")) {
				return round.get("id").asString();
			}
		}
		throw new AssertionError("KS 2023/740 is not seeded");
	}
}
