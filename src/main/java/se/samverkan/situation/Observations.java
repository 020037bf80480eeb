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

	public boolean externalIdExists(String externalId) {
		return jdbc.sql("SELECT count(*) FROM observation WHERE external_id = :id").param("id", externalId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * A filter; {@code districts} null means all, {@code reportedBy} limits to one reporter's own,
	 * {@code status} and {@code neighbourhood} (its name) to those.
	 */
	public record Filter(UUID districtId, OffsetDateTime from, OffsetDateTime to, String categoryCode, UUID placeId,
			Set<UUID> districts, String reportedBy, String status, String neighbourhood) {

		public Filter(UUID districtId, OffsetDateTime from, OffsetDateTime to, String categoryCode, UUID placeId,
				Set<UUID> districts, String reportedBy) {
			this(districtId, from, to, categoryCode, placeId, districts, reportedBy, null, null);
		}

		/** The same filter over these districts (null: all) instead of one, and one reporter's own (null: anyone's). */
		Filter within(Set<UUID> districts, String reportedBy) {
			return new Filter(null, from, to, categoryCode, placeId, districts, reportedBy, status, neighbourhood);
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
		if (filter.districts() != null) {
			where.append(" AND district_id = ANY(:districts)");
			params.put("districts", SqlArrays.uuids(filter.districts()));
		}
		if (filter.reportedBy() != null) {
			where.append(" AND reported_by = :reporter");
			params.put("reporter", filter.reportedBy());
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
