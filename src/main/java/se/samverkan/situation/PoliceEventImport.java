package se.samverkan.situation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.situation.internal.PoliceEventFormat;

/**
 * Imports events in the police's public events format, idempotent on their {@code id}. Their
 * position is only a municipality or county centre, so they are kept at that level and never
 * placed in a district.
 */
@Service
public class PoliceEventImport {

	public record Result(long imported, long skipped) {
	}

	private final JdbcClient jdbc;

	private final ObservationCategories categories;

	private final AccessPolicy policy;

	private final AuditLog audit;

	PoliceEventImport(JdbcClient jdbc, ObservationCategories categories, AccessPolicy policy, AuditLog audit) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.policy = policy;
		this.audit = audit;
	}

	@Transactional
	public Result importEvents(Actor actor, JsonNode events) {
		if (!policy.allows(actor, Action.EDIT_CITY_WIDE, null) && !policy.allows(actor, Action.ADMINISTER, null)) {
			throw new Forbidden();
		}
		return importEvents(events);
	}

	/** For the scheduled fetch, which runs as the system. */
	@Transactional
	public Result importEvents(JsonNode events) {
		if (events == null || !events.isArray()) {
			new FieldChecks().problem("body", "format", "Väntade en JSON-lista med händelser.").throwIfAny();
		}
		Map<String, String> categoryOfType = new HashMap<>();
		categories.all().forEach(category -> category.policeEventTypes().forEach(type -> categoryOfType.put(type, category.code())));
		FieldChecks checks = new FieldChecks();
		List<PoliceEvent> parsed = new java.util.ArrayList<>();
		int index = 0;
		for (JsonNode node : events) {
			try {
				parsed.add(PoliceEventFormat.read(node, categoryOfType::get));
			}
			catch (IllegalArgumentException ex) {
				checks.problem("[" + index + "]", "format", ex.getMessage());
			}
			index++;
		}
		checks.throwIfAny();
		long imported = 0;
		for (PoliceEvent event : parsed) {
			imported += jdbc.sql("""
					INSERT INTO police_event (id, occurred_at, published_at, name, summary, url, type, category_code,
					                          location_name, lat, lon)
					VALUES (:id, :occurred, :published, :name, :summary, :url, :type, :category, :location, :lat, :lon)
					ON CONFLICT (id) DO NOTHING""")
				.param("id", event.id())
				.param("occurred", event.occurredAt())
				.param("published", event.publishedAt())
				.param("name", event.name())
				.param("summary", event.summary())
				.param("url", event.url())
				.param("type", event.type())
				.param("category", event.categoryCode())
				.param("location", event.locationName())
				.param("lat", event.lat())
				.param("lon", event.lon())
				.update();
		}
		Result result = new Result(imported, parsed.size() - imported);
		if (imported > 0) {
			audit.recordChange("IMPORT", "PoliceEvent", null, null, null,
					Map.of("imported", result.imported(), "skipped", result.skipped()));
		}
		return result;
	}

	/** Events at a location (a municipality such as "Stockholm", or a county), newest first. */
	@Transactional(readOnly = true)
	public List<PoliceEvent> at(String location, int limit) {
		return jdbc.sql("""
				SELECT id, occurred_at, published_at, name, summary, url, type, category_code, location_name, lat, lon
				FROM police_event WHERE location_name = :location ORDER BY occurred_at DESC LIMIT :limit""")
			.param("location", location)
			.param("limit", limit)
			.query(PoliceEvent.class)
			.list();
	}
}
