package se.samverkan.organisation;

import java.util.UUID;

/**
 * A partner organisation: a body that works with the agreement without being a party to it (a
 * housing company, a school, a security company). Its staff may report observations in the
 * districts they work in, and plans name partners as responsible bodies.
 */
public record Partner(UUID id, String name, PartnerKind kind, boolean active, int version) {
}
