package se.samverkan.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;

/**
 * Tells users about units in their scope that begin or end within 90 days of today, since a
 * merger or a split changes which district their agreements, plans and reports belong to.
 */
@Component
class UnitChangesAttention implements AttentionSource {

	private static final int DAYS = 90;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	UnitChangesAttention(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<AttentionItem> itemsFor(String username, Set<String> roles, Set<UUID> scopeUnits) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				SELECT id, name, valid_from, valid_to FROM org_unit
				WHERE (valid_from BETWEEN :from AND :to OR valid_to BETWEEN :from AND :to)
				  AND (CAST(:all AS boolean) OR id = ANY(:scope))
				ORDER BY name""")
			.param("from", today.minusDays(DAYS))
			.param("to", today.plusDays(DAYS))
			.param("all", scopeUnits == null)
			.param("scope", se.samverkan.platform.database.SqlArrays.uuids(scopeUnits == null ? Set.of() : scopeUnits))
			.query((rs, row) -> {
				LocalDate validTo = rs.getObject("valid_to", LocalDate.class);
				boolean ends = validTo != null && !validTo.isBefore(today.minusDays(DAYS)) && !validTo.isAfter(today.plusDays(DAYS));
				return new AttentionItem("INFO", ends ? "attention.unit.ends" : "attention.unit.begins",
						new Object[] { rs.getString("name"), ends ? validTo : rs.getObject("valid_from", LocalDate.class) },
						"/organisation/units/" + rs.getObject("id", UUID.class));
			})
			.list();
	}
}
