package se.samverkan.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;

/** Plans with activities in given states, reports and compilations over the API; clean-up of what they make. */
public final class FollowupFixtures {

	private final Api api;

	private final JdbcClient jdbc;

	private final PlanningFixtures planning;

	public FollowupFixtures(Api api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
		this.planning = new PlanningFixtures(api, jdbc);
	}

	public PlanningFixtures planning() {
		return planning;
	}

	/** Removes plans, reports, compilations, notifications and exports (only these tests make them). */
	public void removeAll() {
		jdbc.sql("DELETE FROM annual_compilation").update();
		jdbc.sql("DELETE FROM notification").update();
		jdbc.sql("DELETE FROM notification_preference").update();
		jdbc.sql("DELETE FROM export_job").update();
		planning.removeAll();
	}

	/** A plan of the year with one activity per status given (in that order), each updated to it. */
	public UUID plan(String username, String scope, UUID district, int year, String... statuses) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scope", scope);
		body.put("districtId", district);
		body.put("year", year);
		UUID plan = id(planning.created(username, "/api/v1/action-plans", body));
		for (int i = 0; i < statuses.length; i++) {
			activity(username, plan, year, "Aktivitet " + (i + 1) + " " + statuses[i], statuses[i]);
		}
		return plan;
	}

	public UUID activity(String username, UUID plan, int year, String title, String status) {
		return activity(username, plan, year, title, status, List.of());
	}

	/** An activity that says it serves these goals of the city's steering documents. */
	public UUID activity(String username, UUID plan, int year, String title, String status, List<String> steeringGoalIds) {
		Map<String, Object> activity = planning.activity(planning.sodermalm(), List.of());
		activity.put("title", title);
		activity.put("steeringDocumentGoalIds", steeringGoalIds);
		activity.put("startDate", year + "-02-01");
		activity.put("endDate", year + "-11-30");
		UUID id = id(planning.created(username, "/api/v1/action-plans/" + plan + "/activities", activity));
		if (!status.equals("PLANNED")) {
			Map<String, Object> update = new LinkedHashMap<>();
			update.put("date", year + "-06-01");
			update.put("status", status);
			update.put("signal", status.equals("DONE") ? "GREEN" : "YELLOW");
			update.put("note", "Läget: " + status);
			update.put("doneCount", status.equals("DONE") ? 8 : 3);
			planning.created(username, "/api/v1/activities/" + id + "/updates", update);
		}
		return id;
	}

	public UUID report(String username, UUID plan, String period) {
		return id(planning.created(username, "/api/v1/action-plans/" + plan + "/reports", Map.of("period", period)));
	}

	public Api.Response put(String username, String path, String json) {
		return planning.put(username, path, json);
	}

	public static UUID id(JsonNode node) {
		return UUID.fromString(node.get("id").asString());
	}

	/** Every field named in a 400's errors. */
	public static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}
}
