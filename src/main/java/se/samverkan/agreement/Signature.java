package se.samverkan.agreement;

import java.time.OffsetDateTime;

/** One party's signature: who signed, when, and a note (e.g. that a historical date is inferred). */
public record Signature(String party, String signedBy, String username, OffsetDateTime signedAt, String note) {
}
