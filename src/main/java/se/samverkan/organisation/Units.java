package se.samverkan.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisational units, read with their succession links. */
@Repository
public class Units {

	private static final String SELECT = """
			SELECT u.id, u.code, u.name, u.type, p.code AS party, u.parent_id, u.valid_from, u.valid_to,
			       ARRAY(SELECT s.predecessor_id FROM unit_succession s WHERE s.successor_id = u.id) AS predecessors,
			       ARRAY(SELECT s.successor_id FROM unit_succession s WHERE s.predecessor_id = u.id) AS successors
			FROM org_unit u JOIN party p ON p.id = u.party_id
			""";

	static final RowMapper<OrganisationalUnit> MAPPER = Units::map;

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrganisationalUnit> byId(UUID id) {
		return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id).query(MAPPER).optional();
	}

	public List<OrganisationalUnit> byIds(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE u.id = ANY(:ids) ORDER BY u.name")
			.param("ids", se.samverkan.platform.database.SqlArrays.uuids(ids))
			.query(MAPPER)
			.list();
	}

	public Optional<OrganisationalUnit> byCode(String code) {
		return jdbc.sql(SELECT + " WHERE u.code = :code").param("code", code).query(MAPPER).optional();
	}

	/**
	 * Units valid on the date (null: at any time), optionally of one type and party, ordered by type
	 * and name.
	 */
	public List<OrganisationalUnit> validOn(LocalDate date, UnitType type, String partyCode) {
		StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (date != null) {
			sql.append(" AND u.valid_from <= :date AND (u.valid_to IS NULL OR u.valid_to >= :date)");
			params.put("date", date);
		}
		if (type != null) {
			sql.append(" AND u.type = :type");
			params.put("type", type.name());
		}
		if (partyCode != null) {
			sql.append(" AND p.code = :party");
			params.put("party", partyCode);
		}
		sql.append(" ORDER BY u.type, u.name");
		return jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
	}

	private static OrganisationalUnit map(ResultSet rs, int row) throws SQLException {
		return new OrganisationalUnit(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				UnitType.valueOf(rs.getString("type")), rs.getString("party"), rs.getObject("parent_id", UUID.class),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				uuids(rs.getArray("predecessors")), uuids(rs.getArray("successors")));
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<UUID> ids = new ArrayList<>();
		Arrays.stream((Object[]) array.getArray()).forEach(id -> ids.add((UUID) id));
		return List.copyOf(ids);
	}
}
