package se.samverkan.situation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;
import se.samverkan.platform.rules.VersionConflict;
import se.samverkan.situation.SituationPicture.Section;
import se.samverkan.situation.SituationPicture.Source;

@Repository
public class SituationPictures {

	private static final String SELECT = """
			SELECT id, district_id, period, author_party, status, based_on, created_by, created_at, established_by,
			       established_at, version
			FROM situation_picture
			""";

	private final JdbcClient jdbc;

	SituationPictures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, UUID districtId, String period, String authorParty, String status, List<UUID> basedOn,
			String createdBy, OffsetDateTime createdAt, String establishedBy, OffsetDateTime establishedAt, int version) {
	}

	public Optional<SituationPicture> byId(UUID id) {
		return load(jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(SituationPictures::row).list()).stream()
			.findFirst();
	}

	/** {@code districts} null: every district and the city-wide pictures. */
	public List<SituationPicture> find(UUID districtId, Set<UUID> districts) {
		return load(jdbc.sql(SELECT + """
				 WHERE (CAST(:district AS uuid) IS NULL OR district_id = :district)
				   AND (CAST(:all AS boolean) OR district_id = ANY(:districts))
				 ORDER BY period DESC, created_at DESC""")
			.param("district", districtId)
			.param("all", districts == null)
			.param("districts", SqlArrays.uuids(districts == null ? Set.of() : districts))
			.query(SituationPictures::row)
			.list());
	}

	void insert(SituationPicture picture, java.time.LocalDate start, java.time.LocalDate end) {
		jdbc.sql("""
				INSERT INTO situation_picture (id, district_id, period, period_start, period_end, author_party, status,
				                               based_on, created_by)
				VALUES (:id, :district, :period, :start, :end, :party, :status, :basedOn, :by)""")
			.param("id", picture.id())
			.param("district", picture.districtId())
			.param("period", picture.period())
			.param("start", start)
			.param("end", end)
			.param("party", picture.authorParty())
			.param("status", picture.status())
			.param("basedOn", new SqlArrayValue("uuid", picture.basedOn().toArray()))
			.param("by", picture.createdBy())
			.update();
		for (Section section : picture.sections()) {
			jdbc.sql("""
					INSERT INTO situation_picture_section (picture_id, priority_area_id, priority_area_code,
					       priority_area_name, ordinal, assessment, trend, figures)
					VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")
				.params(picture.id(), section.priorityAreaId(), section.priorityAreaCode(), section.priorityAreaName(),
						section.ordinal(), section.assessment(), section.trend().name(), section.figures())
				.update();
		}
		writeSources(picture.id(), picture.sources());
	}

	/** Bumps the version if it is still {@code version}; the caller then writes its change. */
	void claim(UUID id, int version) {
		int updated = jdbc.sql("UPDATE situation_picture SET version = version + 1 WHERE id = :id AND version = :version")
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new VersionConflict("lägesbilden");
		}
	}

	void updateSection(UUID id, UUID areaId, String assessment, Trend trend) {
		jdbc.sql("""
				UPDATE situation_picture_section SET assessment = :assessment, trend = :trend
				WHERE picture_id = :id AND priority_area_id = :area""")
			.param("assessment", assessment)
			.param("trend", trend.name())
			.param("id", id)
			.param("area", areaId)
			.update();
	}

	void replaceSources(UUID id, List<Source> sources) {
		jdbc.sql("DELETE FROM situation_picture_source WHERE picture_id = :id").param("id", id).update();
		writeSources(id, sources);
	}

	/** Replaces one member of a section's figures, such as the indicators' development when the picture is established. */
	void putFigure(UUID id, UUID areaId, String member, String json) {
		jdbc.sql("""
				UPDATE situation_picture_section SET figures = jsonb_set(figures, ARRAY[CAST(:member AS text)], CAST(:json AS jsonb))
				WHERE picture_id = :id AND priority_area_id = :area""")
			.param("member", member)
			.param("json", json)
			.param("id", id)
			.param("area", areaId)
			.update();
	}

	void establish(UUID id, String by) {
		jdbc.sql("""
				UPDATE situation_picture SET status = 'ESTABLISHED', established_by = :by, established_at = now()
				WHERE id = :id""").param("by", by).param("id", id).update();
	}

	private void writeSources(UUID id, List<Source> sources) {
		int ordinal = 0;
		for (Source source : sources) {
			jdbc.sql("INSERT INTO situation_picture_source (picture_id, ordinal, name, limitations) VALUES (?, ?, ?, ?)")
				.params(id, ordinal++, source.name(), source.limitations())
				.update();
		}
	}

	private List<SituationPicture> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = SqlArrays.uuids(rows.stream().map(Row::id).toList());
		Map<UUID, List<Section>> sections = new HashMap<>();
		jdbc.sql("""
				SELECT picture_id, priority_area_id, priority_area_code, priority_area_name, ordinal, assessment, trend,
				       figures::text AS figures
				FROM situation_picture_section WHERE picture_id = ANY(:ids) ORDER BY ordinal""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				sections.computeIfAbsent(rs.getObject("picture_id", UUID.class), id -> new ArrayList<>())
					.add(new Section(rs.getObject("priority_area_id", UUID.class), rs.getString("priority_area_code"),
							rs.getString("priority_area_name"), rs.getInt("ordinal"), rs.getString("assessment"),
							Trend.valueOf(rs.getString("trend")), rs.getString("figures")));
			});
		Map<UUID, List<Source>> sources = new HashMap<>();
		jdbc.sql("SELECT picture_id, name, limitations FROM situation_picture_source WHERE picture_id = ANY(:ids) ORDER BY ordinal")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				sources.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new Source(rs.getString(2), rs.getString(3)));
			});
		return rows.stream()
			.map(row -> new SituationPicture(row.id(), row.districtId(), row.period(), row.authorParty(), row.status(),
					row.basedOn(), sections.getOrDefault(row.id(), List.of()), sources.getOrDefault(row.id(), List.of()),
					row.createdBy(), row.createdAt(), row.establishedBy(), row.establishedAt(), row.version()))
			.toList();
	}

	private static Row row(ResultSet rs, int index) throws SQLException {
		Array basedOn = rs.getArray("based_on");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("district_id", UUID.class), rs.getString("period"),
				rs.getString("author_party"), rs.getString("status"),
				basedOn == null ? List.of() : Arrays.stream((Object[]) basedOn.getArray()).map(id -> (UUID) id).toList(),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("established_by"), rs.getObject("established_at", OffsetDateTime.class), rs.getInt("version"));
	}
	/** An established picture of a year: its district (null: the city) and period. */
	public record Established(UUID id, UUID districtId, String period, OffsetDateTime establishedAt) {
	}

	/**
	 * The established pictures whose period lies in the year (the year itself or one of its
	 * tertials), newest first: the law's (2023:196) first duty at a glance.
	 */
	public List<Established> establishedIn(int year) {
		return jdbc.sql("""
				SELECT id, district_id, period, established_at FROM situation_picture
				WHERE status = 'ESTABLISHED' AND EXTRACT(YEAR FROM period_start) = :year
				ORDER BY established_at DESC""")
			.param("year", year)
			.query(Established.class)
			.list();
	}
}
