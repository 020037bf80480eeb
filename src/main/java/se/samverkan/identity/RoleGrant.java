package se.samverkan.identity;

import java.io.Serializable;
import java.util.UUID;

/** A role held at a unit; {@code unitId} null means the whole municipality. */
public record RoleGrant(Role role, UUID unitId, String unitName) implements Serializable {
}
