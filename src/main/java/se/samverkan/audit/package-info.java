/**
 * The append-only audit log: who changed what, when, with the state before and after. Every
 * module writes to it inside the transaction of its change, so a change and its audit entry are
 * stored together or not at all; the database refuses UPDATE, DELETE and TRUNCATE on the table.
 * <p>
 * A module of its own (DESIGN.md places the log under identity) because every module writes to it,
 * identity included, and identity depends on organisation: see docs/adr/0002-audit-module.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package se.samverkan.audit;
