package se.samverkan.followup;

import java.util.Set;
import java.util.UUID;

/**
 * The yearly compilation was published back to the local organisations; {@code recipients} are
 * every district's coordinators and steering group members, each once.
 */
public record CompilationPublished(UUID compilationId, int year, Set<String> recipients) {
}
