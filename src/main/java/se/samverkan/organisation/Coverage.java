package se.samverkan.organisation;

import java.time.LocalDate;

/**
 * A unit on the other side that a unit covers or is covered by on a date: the districts of a local
 * police area, or the local police areas of a district. {@code partial} when only part of the
 * district is covered (Enskede-Årsta-Vantör and Hägersten-Älvsjö are split between police areas).
 */
public record Coverage(OrganisationalUnit unit, LocalDate validFrom, LocalDate validTo, boolean partial, String note) {
}
