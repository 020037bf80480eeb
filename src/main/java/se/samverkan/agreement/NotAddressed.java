package se.samverkan.agreement;

import java.util.UUID;

/** Why a local agreement has no focus area under a priority area. */
public record NotAddressed(UUID priorityAreaId, String reason) {
}
