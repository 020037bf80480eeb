package se.samverkan.analysis;

import java.util.UUID;

/** One cause in a problem's cause tree; {@code parentId} null for the causes of the problem itself. */
public record Cause(UUID id, UUID problemId, UUID parentId, String text, CauseKind kind, TriangleSide triangleSide,
		Factor factor, String source, int ordinal) {
}
