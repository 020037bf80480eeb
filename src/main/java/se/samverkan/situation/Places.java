package se.samverkan.situation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;
import se.samverkan.platform.rules.VersionConflict;

@Repository
public class Places {

	private static final String SELECT = "SELECT id, name, district_id, lat, lon, tags, version FROM place\n";

	private final JdbcClient jdbc;

	Places(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Place> byId(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Places::map).optional();
	}

	/** {@code districts} null means every district. */
	public List<Place> find(UUID districtId, Set<UUID> districts) {
		return jdbc.sql(SELECT + """
				 WHERE (CAST(:district AS uuid) IS NULL OR district_id = :district)
				   AND (CAST(:all AS boolean) OR district_id = ANY(:districts))
				 ORDER BY name""")
			.param("district", districtId)
			.param("all", districts == null)
			.param("districts", SqlArrays.uuids(districts == null ? Set.of() : districts))
			.query(Places::map)
			.list();
	}

	void insert(Place place, String createdBy) {
		jdbc.sql("""
				INSERT INTO place (id, name, district_id, lat, lon, tags, created_by)
				VALUES (:id, :name, :district, :lat, :lon, :tags, :by)""")
			.param("id", place.id())
			.param("name", place.name())
			.param("district", place.districtId())
			.param("lat", place.lat())
			.param("lon", place.lon())
			.param("tags", new SqlArrayValue("text", place.tags().toArray()))
			.param("by", createdBy)
			.update();
	}

	void update(Place place) {
		int updated = jdbc.sql("""
				UPDATE place SET name = :name, district_id = :district, lat = :lat, lon = :lon, tags = :tags,
				       version = version + 1
				WHERE id = :id AND version = :version""")
			.param("id", place.id())
			.param("name", place.name())
			.param("district", place.districtId())
			.param("lat", place.lat())
			.param("lon", place.lon())
			.param("tags", new SqlArrayValue("text", place.tags().toArray()))
			.param("version", place.version())
			.update();
		if (updated == 0) {
			throw new VersionConflict("platsen");
		}
	}

	private static Place map(ResultSet rs, int row) throws SQLException {
		Array tags = rs.getArray("tags");
		return new Place(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("district_id", UUID.class),
				(Double) rs.getObject("lat"), (Double) rs.getObject("lon"),
				tags == null ? List.of() : Arrays.stream((Object[]) tags.getArray()).map(String::valueOf).toList(),
				rs.getInt("version"));
	}
}
