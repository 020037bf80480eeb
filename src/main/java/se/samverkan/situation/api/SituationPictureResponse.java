package se.samverkan.situation.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.governance.Decision;
import se.samverkan.governance.DecisionRecord;
import se.samverkan.situation.SituationPicture;

/** A situation picture as the API shows it; {@code figures} as JSON, not as a string. */
record SituationPictureResponse(UUID id, UUID districtId, String period, String authorParty, String status,
		List<UUID> basedOn, List<SectionResponse> sections, List<SituationPicture.Source> sources, String createdBy,
		String establishedBy, OffsetDateTime establishedAt, Decision decision, Decision confirmation,
		List<Decision> decisions, int version) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record SectionResponse(UUID priorityAreaId, String priorityAreaCode, String priorityAreaName, String assessment,
			String trend, JsonNode figures, String notAddressedReason) {
	}

	/** {@code decision}: the steering group's decision that established it; {@code confirmation}: the other party's, for a joint picture. */
	static SituationPictureResponse of(SituationPicture picture, List<Decision> history) {
		DecisionRecord decisions = DecisionRecord.of(history);
		return new SituationPictureResponse(picture.id(), picture.districtId(), picture.period(), picture.authorParty(),
				picture.status(), picture.basedOn(),
				picture.sections()
					.stream()
					.map(s -> new SectionResponse(s.priorityAreaId(), s.priorityAreaCode(), s.priorityAreaName(),
							s.assessment(), s.trend().name(), JSON.readTree(s.figures()), s.notAddressedReason()))
					.toList(),
				picture.sources(), picture.createdBy(), picture.establishedBy(), picture.establishedAt(),
				decisions.decision(), decisions.confirmation(), decisions.history(), picture.version());
	}
}
