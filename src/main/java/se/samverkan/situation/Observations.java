package se.samverkan.situation;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.platform.database.SqlArrays;

@Repository
public class Observations {

	static final String COLUMNS = """
			id, occurred_at, reported_at, reported_by, source, lat, lon, place_id, spot, district_id, neighbourhood,
			category_code, priority_area_code, severity, description, proposed_measure, status, external_id, version""";

	private final JdbcClient jdbc;

	Observations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Observation o) {
		jdbc.sql("INSERT INTO observation (" + COLUMNS + ", cell_x, cell_y) VALUES (:id, :occurredAt, :reportedAt, "
				+ ":reportedBy, :source, :lat, :lon, :placeId, :spot, :districtId, :neighbourhood, :categoryCode, "
				+ ":priorityAreaCode, :severity, :description, :proposedMeasure, :status, :externalId, 0, :cellX, :cellY)")
			.param("id", o.id())
			.param("occurredAt", o.occurredAt())
			.param("reportedAt", o.reportedAt())
			.param("reportedBy", o.reportedBy())
			.param("source", o.source())
			.param("lat", o.lat())
			.param("lon", o.lon())
			.param("placeId", o.placeId())
			.param("spot", o.spot())
			.param("districtId", o.districtId())
			.param("neighbourhood", o.neighbourhood())
			.param("categoryCode", o.categoryCode())
			.param("priorityAreaCode", o.priorityAreaCode())
			.param("severity", o.severity())
			.param("description", o.description())
			.param("proposedMeasure", o.proposedMeasure())
			.param("status", o.status())
			.param("externalId", o.externalId())
			.param("cellX", o.lon() == null ? null : HotspotGrid.cellX(o.lon()))
			.param("cellY", o.lat() == null ? null : HotspotGrid.cellY(o.lat()))
			.update();
	}

	/** Where an observation is: its district and neighbourhood (null when not known). */
	public record Whereabouts(UUID districtId, String neighbourhood) {
	}

	/** Where each of these observations that exists is (those that do not are left out). */
	public Map<UUID, Whereabouts> whereabouts(java.util.Collection<UUID> ids) {
		Map<UUID, Whereabouts> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT id, district_id, neighbourhood FROM observation WHERE id = ANY(:ids)")
			.param("ids", SqlArrays.uuids(ids))
			.query((java.sql.ResultSet rs) -> {
				found.put(rs.getObject(1, UUID.class), new Whereabouts(rs.getObject(2, UUID.class), rs.getString(3)));
			});
		return found;
	}

	public boolean externalIdExists(String externalId) {
		return jdbc.sql("SELECT count(*) FROM observation WHERE external_id = :id").param("id", externalId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * A filter; {@code districts} null means all, {@code reportedBy} limits to one reporter's own.
	 * {@code parts} adds districts reached only in part: an observation there counts only in one of
	 * the neighbourhoods given (partial police coverage, see {@code AccessPolicy}). {@code status} and
	 * {@code neighbourhood} (its name) limit to those; {@code lineage} to a district and the districts
	 * it continued, as its overview counts them.
	 */
	public record Filter(UUID districtId, OffsetDateTime from, OffsetDateTime to, String categoryCode, UUID placeId,
			Set<UUID> districts, String reportedBy, Map<UUID, Set<String>> parts, String status, String neighbourhood,
			Set<UUID> lineage) {

		public Filter {
			parts = parts == null ? Map.of() : Map.copyOf(parts);
		}

		public Filter(UUID districtId, OffsetDateTime from, OffsetDateTime to, String categoryCode, UUID placeId,
				Set<UUID> districts, String reportedBy) {
			this(districtId, from, to, categoryCode, placeId, districts, reportedBy, Map.of(), null, null, null);
		}

		public Filter(UUID districtId, OffsetDateTime from, OffsetDateTime to, String categoryCode, UUID placeId,
				Set<UUID> districts, String reportedBy, String status, String neighbourhood) {
			this(districtId, from, to, categoryCode, placeId, districts, reportedBy, Map.of(), status, neighbourhood, null);
		}

		/**
		 * The same filter over a district's lineage (null: any) instead of the one district, within a
		 * scope's districts (null: all) and parts, and one reporter's own (null: anyone's).
		 */
		Filter within(Set<UUID> lineage, Set<UUID> districts, Map<UUID, Set<String>> parts, String reportedBy) {
			return new Filter(null, from, to, categoryCode, placeId, districts, reportedBy, parts, status, neighbourhood,
					lineage);
		}
	}

	/** One change of an observation's status, with the note that came with it. */
	public record StatusChange(UUID observationId, String fromStatus, String toStatus, String note, String changedBy,
			OffsetDateTime changedAt) {
	}

	public java.util.Optional<Observation> byId(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE id = :id").param("id", id)
			.query(Observation.class)
			.optional();
	}

	/** Sets the status if the observation is still at {@code version}; false when it is not. */
	boolean changeStatus(UUID id, int version, String status) {
		return jdbc.sql("UPDATE observation SET status = :status, version = version + 1 WHERE id = :id AND version = :version")
			.param("status", status)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void recordStatusChange(StatusChange change) {
		jdbc.sql("""
				INSERT INTO observation_status_change (observation_id, from_status, to_status, note, changed_by, changed_at)
				VALUES (:observation, :from, :to, :note, :by, :at)""")
			.param("observation", change.observationId())
			.param("from", change.fromStatus())
			.param("to", change.toStatus())
			.param("note", change.note())
			.param("by", change.changedBy())
			.param("at", change.changedAt())
			.update();
	}

	/** The observation's status changes, oldest first. */
	public List<StatusChange> statusChanges(UUID id) {
		return jdbc.sql("""
				SELECT observation_id, from_status, to_status, note, changed_by, changed_at
				FROM observation_status_change WHERE observation_id = :id ORDER BY changed_at, id""")
			.param("id", id)
			.query(StatusChange.class)
			.list();
	}

	public List<Observation> find(Filter filter, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation" + where
				+ " ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset").params(params).query(Observation.class).list();
	}

	public long count(Filter filter) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("SELECT count(*) FROM observation" + where(filter, params)).params(params).query(Long.class).single();
	}

	private static String where(Filter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (filter.districtId() != null) {
			where.append(" AND district_id = :district");
			params.put("district", filter.districtId());
		}
		if (filter.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < :to");
			params.put("to", filter.to());
		}
		if (filter.categoryCode() != null) {
			where.append(" AND category_code = :category");
			params.put("category", filter.categoryCode());
		}
		if (filter.placeId() != null) {
			where.append(" AND place_id = :place");
			params.put("place", filter.placeId());
		}
		if (filter.districts() != null && filter.parts().isEmpty()) {
			where.append(" AND district_id = ANY(:districts)");
			params.put("districts", SqlArrays.uuids(filter.districts()));
		}
		else if (filter.districts() != null) {
			where.append(" AND (district_id = ANY(:districts) OR (district_id, neighbourhood) IN "
					+ "(SELECT CAST(split_part(p, '|', 1) AS uuid), split_part(p, '|', 2) FROM unnest(:parts) AS p))");
			params.put("districts", SqlArrays.uuids(filter.districts()));
			List<String> parts = new java.util.ArrayList<>();
			filter.parts().forEach((district, names) -> names.forEach(name -> parts.add(district + "|" + name)));
			params.put("parts", new org.springframework.jdbc.support.SqlArrayValue("text", parts.toArray()));
		}
		if (filter.reportedBy() != null) {
			where.append(" AND reported_by = :reporter");
			params.put("reporter", filter.reportedBy());
		}
		if (filter.lineage() != null) {
			where.append(" AND district_id = ANY(:lineage)");
			params.put("lineage", SqlArrays.uuids(filter.lineage()));
		}
		if (filter.status() != null) {
			where.append(" AND status = :status");
			params.put("status", filter.status());
		}
		if (filter.neighbourhood() != null) {
			where.append(" AND neighbourhood = :neighbourhood");
			params.put("neighbourhood", filter.neighbourhood());
		}
		return where.toString();
	}
}
