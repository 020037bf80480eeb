package se.samverkan.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One recorded change; {@code changes} holds {@code {"before": ..., "after": ...}} as JSON. */
public record AuditEntry(long id, OffsetDateTime at, String username, String action, String entityType,
		UUID entityId, UUID unitId, String changes) {
}
