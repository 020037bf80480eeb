package se.samverkan.situation;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.Forbidden;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.text.SafeText;
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

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PoliceEventImport.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	/**
	 * Imports what a central coordinator or administrator sends, all or nothing: an event with
	 * something wrong refuses the whole body, every problem listed. Who may import is checked
	 * before the body is read.
	 */
	@Transactional
	public Result importEvents(Actor actor, InputStream body) {
		requireMayImport(actor);
		JsonNode events;
		try {
			events = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw InvalidInput.of("body", "format", "Väntade en JSON-lista med händelser.");
		}
		return store(read(events, true));
	}

	/**
	 * For the scheduled fetch, which runs as the system. An event that cannot be kept is left out
	 * (and logged), so that one bad event does not stop the feed until it leaves the police's list.
	 */
	@Transactional
	public Result importEvents(JsonNode events) {
		return store(read(events, false));
	}

	private void requireMayImport(Actor actor) {
		if (!policy.allows(actor, Action.EDIT_CITY_WIDE, null) && !policy.allows(actor, Action.ADMINISTER, null)) {
			throw new Forbidden();
		}
	}

	private List<PoliceEvent> read(JsonNode events, boolean allOrNothing) {
		if (events == null || !events.isArray()) {
			new FieldChecks().problem("body", "format", "Väntade en JSON-lista med händelser.").throwIfAny();
		}
		Map<String, String> categoryOfType = new HashMap<>();
		categories.all().forEach(category -> category.policeEventTypes().forEach(type -> categoryOfType.put(type, category.code())));
		FieldChecks all = new FieldChecks();
		List<PoliceEvent> parsed = new java.util.ArrayList<>();
		int index = 0;
		int left = 0;
		for (JsonNode node : events) {
			String field = "[" + index + "]";
			FieldChecks checks = new FieldChecks();
			try {
				PoliceEvent event = PoliceEventFormat.read(node, categoryOfType::get);
				check(event, field, checks);
				if (checks.isEmpty()) {
					parsed.add(event);
				}
			}
			catch (IllegalArgumentException ex) {
				checks.problem(field, "format", SafeText.of(ex.getMessage(), 500));
			}
			if (!checks.isEmpty()) {
				left++;
				checks.problems().forEach(problem -> all.problem(problem.field(), problem.code(), problem.message()));
			}
			index++;
		}
		if (allOrNothing) {
			all.throwIfAny();
		}
		else if (left > 0) {
			log.warn("Left out {} of {} police events that cannot be kept, e.g. {}", left, index,
					all.problems().get(0));
		}
		return parsed;
	}

	/**
	 * Every text the event brings is kept and shown, so it is checked as typed text is: no personal
	 * identity number, no character no text may hold. The link must be the police's own page:
	 * a path on polisen.se as the police API gives it ("/aktuellt/handelser/..."), or an http(s)
	 * address; anything else ({@code javascript:}, {@code data:}) could run in a reader's browser.
	 */
	static void check(PoliceEvent event, String field, FieldChecks checks) {
		checks.text(field + ".name", event.name(), true, 500)
			.text(field + ".summary", event.summary(), false, 4000)
			.text(field + ".type", event.type(), true, 200)
			.text(field + ".location.name", event.locationName(), false, 300)
			.text(field + ".url", event.url(), false, 2000);
		if (event.url() != null && !event.url().isBlank() && !isWebLink(event.url().trim())) {
			checks.problem(field + ".url", "scheme", "Länken ska vara en sökväg på polisen.se eller en http(s)-adress.");
		}
	}

	private static boolean isWebLink(String url) {
		if (url.startsWith("/") && !url.startsWith("//") && !url.contains("\\")) {
			return true;
		}
		try {
			java.net.URI uri = new java.net.URI(url);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private Result store(List<PoliceEvent> parsed) {
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
