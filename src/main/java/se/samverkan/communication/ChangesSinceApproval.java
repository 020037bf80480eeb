package se.samverkan.communication;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What changed in an item since a user approved it: the title and the body word by word, and the
 * names of the other fields that changed (audience, level, district, links, planned date).
 */
public record ChangesSinceApproval(int approvedRevision, OffsetDateTime approvedAt, int currentRevision,
		List<WordDiff.Segment> title, List<WordDiff.Segment> body, List<String> otherFields) {

	public boolean any() {
		return WordDiff.changed(title) || WordDiff.changed(body) || !otherFields.isEmpty();
	}
}
