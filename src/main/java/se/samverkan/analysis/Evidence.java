package se.samverkan.analysis;

import java.util.UUID;

/**
 * A typed reference to what shows the problem exists. The observations, situation picture sections
 * and indicator values live in other modules, so this is a reference by type and id, not a key.
 */
public record Evidence(EvidenceType type, UUID id) {
}
