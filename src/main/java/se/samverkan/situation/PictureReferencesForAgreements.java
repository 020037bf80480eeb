package se.samverkan.situation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.SituationPictureReferences;

/** Lets a local agreement name the situation picture its focus areas rest on. */
@Component
class PictureReferencesForAgreements implements SituationPictureReferences {

	private final SituationPictures pictures;

	PictureReferencesForAgreements(SituationPictures pictures) {
		this.pictures = pictures;
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.List<PictureReference> ofDistricts(java.util.Collection<UUID> districtIds) {
		if (districtIds.isEmpty()) {
			return java.util.List.of();
		}
		return pictures.find(null, java.util.Set.copyOf(districtIds))
			.stream()
			.filter(picture -> picture.districtId() != null)
			.map(picture -> new PictureReference(picture.id(), picture.districtId(), picture.period(), picture.status()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PictureReference> find(UUID id) {
		return pictures.byId(id)
			.map(picture -> new PictureReference(picture.id(), picture.districtId(), picture.period(), picture.status()));
	}
}
