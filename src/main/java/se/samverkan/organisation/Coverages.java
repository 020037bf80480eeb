package se.samverkan.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated coverage of districts by local police areas, read from either side. */
@Repository
public class Coverages {

	private final JdbcClient jdbc;

	private final Units units;

	Coverages(JdbcClient jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** The units on the other side of this unit's coverage on the date. */
	public List<Coverage> of(UUID unitId, LocalDate date) {
		record Row(UUID other, LocalDate validFrom, LocalDate validTo, boolean partial, String note) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT CASE WHEN c.police_unit_id = :id THEN c.district_id ELSE c.police_unit_id END AS other,
				       c.valid_from, c.valid_to, c.partial, c.note
				FROM unit_coverage c
				WHERE (c.police_unit_id = :id OR c.district_id = :id)
				  AND c.valid_from <= :date AND (c.valid_to IS NULL OR c.valid_to >= :date)""")
			.param("id", unitId)
			.param("date", date)
			.query(Row.class)
			.list();
		var byId = units.byIds(rows.stream().map(Row::other).toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(OrganisationalUnit::id, unit -> unit));
		return rows.stream()
			.map(row -> new Coverage(byId.get(row.other()), row.validFrom(), row.validTo(), row.partial(), row.note()))
			.sorted(java.util.Comparator.comparing(coverage -> coverage.unit().name()))
			.toList();
	}
}
