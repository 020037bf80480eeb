package se.samverkan.situation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;

/** On the start page: situation pictures in the user's scope that are drafts not yet established. */
@Component
class SituationAttention implements AttentionSource {

	private final SituationPictures pictures;

	SituationAttention(SituationPictures pictures) {
		this.pictures = pictures;
	}

	@Override
	public List<AttentionItem> itemsFor(String username, Set<String> roles, Set<UUID> scopeUnits) {
		if (!roles.contains("STEERING_MEMBER") && !roles.contains("LOCAL_COORDINATOR")) {
			return List.of();
		}
		return pictures.find(null, scopeUnits)
			.stream()
			.filter(picture -> !picture.isEstablished())
			.map(picture -> new AttentionItem(roles.contains("STEERING_MEMBER") ? "WARNING" : "INFO",
					"attention.picture.draft", new Object[] { picture.period() }, "/situation-pictures/" + picture.id()))
			.toList();
	}
}
