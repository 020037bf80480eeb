package se.samverkan.situation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.rules.VersionConflict;

@Repository
public class ObservationCategories {

	private static final String SELECT = """
			SELECT code, name, name_en, priority_area_code, police_event_types, ordinal, version
			FROM observation_category
			""";

	private final JdbcClient jdbc;

	ObservationCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ObservationCategory> all() {
		return jdbc.sql(SELECT + " ORDER BY ordinal, code").query(ObservationCategories::map).list();
	}

	public Optional<ObservationCategory> byCode(String code) {
		return jdbc.sql(SELECT + " WHERE code = :code").param("code", code).query(ObservationCategories::map).optional();
	}

	/** Refuses a filter on a category that does not exist (null means every category). */
	public void requireKnown(String code) {
		if (code != null && byCode(code).isEmpty()) {
			throw se.samverkan.platform.rules.InvalidInput.of("categoryCode", "unknown", "Det finns ingen kategori " + code + ".");
		}
	}

	void insert(ObservationCategory category) {
		jdbc.sql("""
				INSERT INTO observation_category (code, name, name_en, priority_area_code, police_event_types, ordinal)
				VALUES (:code, :name, :nameEn, :area, :types, :ordinal)""")
			.param("code", category.code())
			.param("name", category.name())
			.param("nameEn", category.nameEn())
			.param("area", category.priorityAreaCode())
			.param("types", new org.springframework.jdbc.support.SqlArrayValue("text", category.policeEventTypes().toArray()))
			.param("ordinal", category.ordinal())
			.update();
	}

	void update(ObservationCategory category) {
		int updated = jdbc.sql("""
				UPDATE observation_category SET name = :name, name_en = :nameEn, priority_area_code = :area,
				       police_event_types = :types, ordinal = :ordinal, version = version + 1
				WHERE code = :code AND version = :version""")
			.param("code", category.code())
			.param("name", category.name())
			.param("nameEn", category.nameEn())
			.param("area", category.priorityAreaCode())
			.param("types", new org.springframework.jdbc.support.SqlArrayValue("text", category.policeEventTypes().toArray()))
			.param("ordinal", category.ordinal())
			.param("version", category.version())
			.update();
		if (updated == 0) {
			throw new VersionConflict("kategorin");
		}
	}

	private static ObservationCategory map(ResultSet rs, int row) throws SQLException {
		Array types = rs.getArray("police_event_types");
		return new ObservationCategory(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				rs.getString("priority_area_code"),
				types == null ? List.of() : Arrays.stream((Object[]) types.getArray()).map(String::valueOf).toList(),
				rs.getInt("ordinal"), rs.getInt("version"));
	}
}
