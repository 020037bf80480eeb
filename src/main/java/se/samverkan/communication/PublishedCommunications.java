package se.samverkan.communication;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public's view of joint communication: published external items only, with their sanitised
 * body as stored when they were saved. Nothing internal is read here: no drafts, no internal
 * items, no names of writers or approvers.
 */
@Repository
public class PublishedCommunications {

	/** A published external item as the public sees it. */
	public record PublicItem(UUID id, String title, String bodyHtml, String summary, Level level, UUID districtId,
			OffsetDateTime publishedAt) {
	}

	/**
	 * How current the public pages and feeds are: the latest publication or withdrawal of an
	 * external item and a revision that every such change moves on. One row read by key, for ETag
	 * and Last-Modified before anything is rendered.
	 */
	public record Freshness(Instant lastChange, long revision) {
	}

	private static final String COLUMNS = "id, title, body_html, summary, level, district_id, published_at";

	private static final String PUBLIC = "status = 'PUBLISHED' AND audience = 'EXTERNAL'";

	private static final RowMapper<PublicItem> ROW = (rs, n) -> new PublicItem(rs.getObject("id", UUID.class),
			rs.getString("title"), rs.getString("body_html"), rs.getString("summary"), Level.valueOf(rs.getString("level")),
			rs.getObject("district_id", UUID.class), rs.getObject("published_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	PublishedCommunications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Newest first. {@code districtId} null: every item; otherwise that district's items and, where
	 * {@code withCityWide}, the city-wide ones, which concern every district.
	 */
	public List<PublicItem> find(UUID districtId, boolean withCityWide, int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM communication WHERE " + PUBLIC + place(districtId, withCityWide)
				+ " ORDER BY published_at DESC, id LIMIT :limit OFFSET :offset")
			.param("district", districtId)
			.param("limit", limit)
			.param("offset", offset)
			.query(ROW)
			.list();
	}

	public Optional<PublicItem> byId(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM communication WHERE " + PUBLIC + " AND id = :id")
			.param("id", id)
			.query(ROW)
			.optional();
	}

	public Freshness freshness() {
		return jdbc.sql("SELECT revision, changed_at FROM communication_public_state")
			.query((rs, n) -> new Freshness(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
					rs.getLong("revision")))
			.single();
	}

	/** How many published external items there are, for paging; see {@link #find} for the place. */
	public long count(UUID districtId, boolean withCityWide) {
		return jdbc.sql("SELECT count(*) FROM communication WHERE " + PUBLIC + place(districtId, withCityWide))
			.param("district", districtId)
			.query(Long.class)
			.single();
	}

	/**
	 * Records that the public pages changed: called in the transaction that publishes or withdraws
	 * an external item. Concurrent changes queue on the row, so none is lost.
	 */
	public void changed(OffsetDateTime at) {
		jdbc.sql("UPDATE communication_public_state SET revision = revision + 1, changed_at = greatest(changed_at, :at)")
			.param("at", at)
			.update();
	}

	private static String place(UUID districtId, boolean withCityWide) {
		if (districtId == null) {
			return "";
		}
		return withCityWide ? " AND (district_id = :district OR level = 'CITY_WIDE')" : " AND district_id = :district";
	}
}
