/**
 * Parties, organisational units with their validity and succession, the dated coverage of
 * districts by local police areas, neighbourhoods with their boundaries, and the groups of the
 * collaboration. Organisations change (14, 13, then 11 district committees; the police split its
 * inner-city areas in 2025), so every unit is dated and history stays readable under the names
 * valid at the time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package se.samverkan.organisation;
