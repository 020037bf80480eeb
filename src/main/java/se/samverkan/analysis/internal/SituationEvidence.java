package se.samverkan.analysis.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkan.analysis.EvidenceLookup;
import se.samverkan.analysis.EvidenceLookup.Whereabouts;
import se.samverkan.analysis.EvidenceType;
import se.samverkan.situation.Observations;
import se.samverkan.situation.SituationPictures;

/** The evidence the situation module keeps: observations and situation pictures. */
@Configuration(proxyBeanMethods = false)
class SituationEvidence {

	@Bean
	EvidenceLookup observationEvidence(Observations observations) {
		return EvidenceLookup.of(EvidenceType.OBSERVATION, ids -> {
			Map<UUID, Whereabouts> found = new HashMap<>();
			observations.whereabouts(ids)
				.forEach((id, at) -> found.put(id, new Whereabouts(at.districtId(), at.neighbourhood())));
			return found;
		});
	}

	@Bean
	EvidenceLookup situationPictureEvidence(SituationPictures pictures) {
		return EvidenceLookup.of(EvidenceType.SITUATION_PICTURE, ids -> {
			Map<UUID, Whereabouts> found = new HashMap<>();
			ids.forEach(id -> pictures.byId(id).ifPresent(picture -> found.put(id, new Whereabouts(picture.districtId(), null))));
			return found;
		});
	}
}
