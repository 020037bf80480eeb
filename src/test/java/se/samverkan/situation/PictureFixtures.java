package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;

/**
 * A situation picture made ready for the steering group's decision: every priority area it does
 * not assess gets a reason, as the agreement asks before a picture is established.
 */
public final class PictureFixtures {

	private PictureFixtures() {
	}

	/** Gives every section without an assessment a reason it is not assessed; returns the new version. */
	public static int leaveTheRestWithAReason(Api api, String username, String pictureId) {
		JsonNode read = api.getAs(username, "/api/v1/situation-pictures/" + pictureId).body();
		int version = read.get("version").asInt();
		for (JsonNode section : read.get("sections")) {
			if (!blank(section.get("assessment")) || !blank(section.get("notAddressedReason"))) {
				continue;
			}
			var put = api.putAs(username, "/api/v1/situation-pictures/" + pictureId + "/sections/"
					+ section.get("priorityAreaId").asString(),
					"{\"notAddressedReason\":\"Få iakttagelser under perioden\",\"trend\":\"UNKNOWN\",\"version\":" + version + "}");
			assertThat(put.status()).as(String.valueOf(put.body())).isEqualTo(200);
			version = put.body().get("version").asInt();
		}
		return version;
	}

	private static boolean blank(JsonNode value) {
		return value == null || value.isNull() || value.asString().isBlank();
	}
}
