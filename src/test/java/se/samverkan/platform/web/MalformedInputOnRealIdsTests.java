package se.samverkan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import se.samverkan.followup.FollowupFixtures;
import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/**
 * No client input gives a server error, now with ids that EXIST, so the services get past "not
 * found" and read the body: a plan, an activity, a goal, a problem and a cause, a situation picture
 * and its priority areas, a local agreement, a referral round, a place, an observation, a unit and
 * a category, all real. Every operation of the OpenAPI description is sent, as a user who may use
 * it, the generic broken bodies of {@link MalformedInputTests} and a valid body with each field in
 * turn replaced by a value of every wrong kind; every query parameter gets values of every type.
 * A 400 must be problem details, and a field given a JSON object or list where a plain value
 * belongs must be named in {@code errors}.
 * <p>
 * An operation whose path names a kind of id this sweep does not know fails the sweep, so a new
 * endpoint comes with a real id to sweep it with.
 */
class MalformedInputOnRealIdsTests extends ApiTest {

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Values of every wrong kind, put into each field in turn (an object nested 40 deep, ending in a boolean). */
	static final List<JsonNode> WRONG_VALUES = List.of(deep(40), NODES.arrayNode().add(1).add("x"),
			NODES.stringNode("x'\"<>;%00"), NODES.stringNode(""), NODES.stringNode("ä".repeat(5_000)),
			NODES.numberNode(-1), NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.nullNode());

	/** Query values of every type. */
	static final List<String> QUERY_VALUES = List.of("", "x", "-1", "0", "2147483648", "1e309", "NaN", "9999-99-99",
			"2026-02-30", "+999999999-12-31", UUID.randomUUID().toString(), "true", "[]", "{}", "%00", "x".repeat(5000),
			"2026-W14", "2026-T4");

	private Api sweep;

	private PlanningFixtures given;

	private FollowupFixtures followup;

	static final String TEMPORARY_PASSWORD = "Tillfalligt-Svep-Losen-4711";

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final Map<String, String> templates = new LinkedHashMap<>();

	/** Per operation with a valid body to mutate: whether any answer came from its service. */
	private final Map<String, Boolean> reached = new LinkedHashMap<>();

	@BeforeEach
	void aWorldOfRealThings() {
		sweep = api.unrecorded();
		followup = new FollowupFixtures(sweep, jdbc);
		given = followup.planning();
		clean();
		String sodermalm = fixtures.unit("SODERMALM").toString();
		String area = fixtures.priorityAreas().get(1).toString();
		ids.put("units", sodermalm);
		ids.put("districts", sodermalm);
		ids.put("priorityAreaId", area);
		ids.put("observation-categories", "GRAFFITI");

		String place = created("samordnare.sodermalm", "/api/v1/places",
				"{\"name\":\"Svepplatsen\",\"position\":{\"lat\":59.3146,\"lon\":18.0714},\"tags\":[\"UNSAFE\"]}");
		ids.put("places", place);
		String observation = "{\"occurredAt\":\"2026-11-01T21:30:00+01:00\",\"position\":{\"lat\":59.3146,\"lon\":18.0714},"
				+ "\"placeId\":\"" + place + "\",\"categoryCode\":\"GRAFFITI\",\"severity\":2,\"description\":\"Klotter\","
				+ "\"proposedMeasure\":\"Sanera\",\"externalId\":null}";
		ids.put("observations", created("samordnare.sodermalm", "/api/v1/observations", observation));

		String problem = given.created("samordnare.sodermalm", "/api/v1/problems", given.problem(fixtures.unit("SODERMALM"),
				"Svepproblem")).get("id").asString();
		ids.put("problems", problem);
		String cause = given.created("samordnare.sodermalm", "/api/v1/problems/" + problem + "/causes",
				given.cause("Svepets orsak", null, "PLACE", "RISK")).get("id").asString();
		ids.put("causeId", cause);
		UUID plan = given.localPlan("samordnare.sodermalm", fixtures.unit("SODERMALM"), 2030);
		ids.put("action-plans", plan.toString());
		ids.put("goals", given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/goals",
				Map.of("title", "Svepmål", "targetValue", 1, "targetDate", "2030-12-31")).get("id").asString());
		Map<String, Object> activity = given.activity(fixtures.unit("SODERMALM"), List.of(UUID.fromString(cause)));
		ids.put("activities", given.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", activity)
			.get("id").asString());
		ids.put("situation-pictures", created("samordnare.sodermalm", "/api/v1/situation-pictures",
				"{\"districtId\":\"" + sodermalm + "\",\"period\":\"2025-T1\",\"authorParty\":\"CITY\"}"));
		String agreement = fixtures.localAgreement(fixtures.unit("SODERMALM"), "Svepöverenskommelse", 2);
		ids.put("agreements", created("samordnare.sodermalm", "/api/v1/agreements", agreement));
		String round = "{\"caseNumber\":\"KS 2026/999\",\"title\":\"Svepremiss\",\"sentOn\":\"2026-03-01\",\"dueDate\":\"2099-01-01\","
				+ "\"recipientUnitIds\":[\"" + sodermalm + "\"],\"documents\":[\"Bilaga\"]}";
		ids.put("referrals", created("beredning.stad", "/api/v1/referrals", round));

		// People and access: a user of the sweep's own (never a demo account), a role of theirs, a spare token.
		String person = "{\"username\":\"svep." + UUID.randomUUID().toString().substring(0, 8) + "\",\"displayName\":\"Svep\","
				+ "\"party\":\"CITY\",\"email\":\"svep@example.se\",\"temporaryPassword\":\"" + TEMPORARY_PASSWORD + "\"}";
		String user = created("admin", "/api/v1/users", person);
		ids.put("users", user);
		String role = "{\"role\":\"LOCAL_COORDINATOR\",\"unitId\":\"" + sodermalm + "\"}";
		ids.put("roleId", created("admin", "/api/v1/users/" + user + "/roles", role));
		ids.put("tokens", spareTokenId("samordnare.sodermalm"));

		// Follow-up: a report submitted and returned (a version to read, writable again), a compilation of
		// the plan's year with its carry-over proposal, published (a notification), a background export.
		String report = created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/reports", "{\"period\":\"2030-T1\"}");
		ids.put("reports", report);
		ids.put("number", "1");
		assertThat(sweep.postAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/submit", "").status()).isEqualTo(200);
		assertThat(sweep.postAs("beredning.stad", "/api/v1/reports/" + report + "/return", "{\"comment\":\"Komplettera\"}")
			.status()).isEqualTo(200);
		String compilation = created("beredning.stad", "/api/v1/annual-compilations", "{\"year\":2030}");
		ids.put("annual-compilations", compilation);
		JsonNode proposals = sweep.getAs("samordnare.sodermalm", "/api/v1/annual-compilations/" + compilation + "/carry-over-proposals")
			.body();
		assertThat(proposals).as("the sweep's plan has an unfinished activity to propose").isNotEmpty();
		ids.put("carry-over-proposals", proposals.get(0).get("id").asString());
		assertThat(sweep.postAs("beredning.stad", "/api/v1/annual-compilations/" + compilation + "/publish", "").status())
			.isEqualTo(200);
		JsonNode inbox = sweep.getAs("samordnare.sodermalm", "/api/v1/notifications").body().get("items");
		assertThat(inbox).as("the published compilation is in the coordinator's inbox").isNotEmpty();
		ids.put("notifications", inbox.get(0).get("id").asString());
		var export = sweep.getAs("samordnare.sodermalm", "/api/v1/reports/" + report + "/export?format=csv&async=true");
		assertThat(export.status()).isEqualTo(202);
		ids.put("export-jobs", export.header("Location").replaceAll(".*/", ""));
		var communications = new se.samverkan.communication.CommunicationFixtures(sweep, jdbc);
		Map<String, Object> item = communications.item("Svep", "Svepets text.");
		ids.put("communications", communications.drafted("kommunikator.stad", item).get("id").asString());
		templates.put("POST /api/v1/communications", PlanningFixtures.json(item));
		// An indicator of the sweep's own (a manual copy of a starter one, named apart): the sweep's valid bodies change
		// what they reach, and neither the Kolada id nor the name may collide with the starter set the other tests use.
		ids.put("indicators", jdbc.sql("""
				INSERT INTO indicator SELECT (jsonb_populate_record(NULL::indicator, to_jsonb(i) || jsonb_build_object(
				    'id', gen_random_uuid(), 'code', 'SWEEP-' || left(md5(random()::text), 8), 'name', 'Svep: ' || i.name,
				    'source', 'MANUAL', 'source_ref', NULL))).*
				FROM indicator i WHERE i.code = 'KOLADA-N07403' RETURNING id::text""").query(String.class).single());

		templates.put("POST /api/v1/places", "{\"name\":\"Svep\",\"position\":{\"lat\":59.3146,\"lon\":18.0714},\"tags\":[\"UNSAFE\"]}");
		templates.put("POST /api/v1/observations", observation);
		templates.put("POST /api/v1/observation-categories", "{\"code\":\"SWEEP_CATEGORY\",\"name\":\"Svep\",\"nameEn\":\"Sweep\","
				+ "\"priorityAreaCode\":\"UNSAFE_PLACES\",\"policeEventTypes\":[\"Brand\"],\"ordinal\":99}");
		templates.put("POST /api/v1/situation-pictures",
				"{\"districtId\":\"" + sodermalm + "\",\"period\":\"2025-T2\",\"authorParty\":\"CITY\",\"basedOn\":[]}");
		templates.put("PUT /api/v1/situation-pictures/{id}/sections/{priorityAreaId}",
				"{\"assessment\":\"Svep\",\"trend\":\"UP\",\"version\":0}");
		templates.put("PUT /api/v1/situation-pictures/{id}/sources",
				"{\"sources\":[{\"name\":\"Svepkälla\",\"limitations\":\"Ingen\"}],\"version\":0}");
		templates.put("POST /api/v1/situation-pictures/{id}/establish",
				"{\"decisionDate\":\"2026-01-01\",\"decisionText\":\"Fastställd\",\"presentMemberIds\":[]}");
		templates.put("POST /api/v1/referrals", round.replace("KS 2026/999", "KS 2026/998"));
		templates.put("POST /api/v1/referrals/{id}/responses", "{\"unitId\":\"" + sodermalm + "\",\"caseNumber\":\"SÖD 2026/9\","
				+ "\"caseOfficer\":\"Handläggare\",\"decisionDate\":\"2026-03-20\",\"meetingDate\":\"2026-03-27\","
				+ "\"proposedDecision\":\"Nämnden tillstyrker.\",\"summary\":\"Tillstyrker\",\"text\":\"Text\"}");
		templates.put("POST /api/v1/problems", PlanningFixtures.json(given.problem(fixtures.unit("SODERMALM"), "Svep")));
		templates.put("POST /api/v1/problems/{id}/causes",
				PlanningFixtures.json(given.cause("Svep", UUID.fromString(cause), "OFFENDER", "PROTECTIVE")));
		templates.put("POST /api/v1/problems/{id}/causes/{causeId}/move", "{\"parentCauseId\":null}");
		templates.put("POST /api/v1/agreements", agreement);
		templates.put("POST /api/v1/agreements/{id}/signatures", "{\"party\":\"CITY\"}");
		templates.put("POST /api/v1/action-plans", "{\"scope\":\"LOCAL\",\"districtId\":\"" + sodermalm + "\",\"year\":2031}");
		templates.put("POST /api/v1/action-plans/{id}/goals", "{\"title\":\"Mål\",\"indicatorId\":null,\"baselineValue\":1.5,"
				+ "\"baselinePeriod\":\"2025\",\"targetValue\":2,\"targetText\":null,\"targetDate\":\"2030-12-31\",\"priorityAreaId\":\""
				+ area + "\"}");
		templates.put("POST /api/v1/action-plans/{id}/activities", PlanningFixtures.json(activity));
		templates.put("POST /api/v1/action-plans/{id}/reopen", "{\"reason\":\"Svep\"}");
		templates.put("POST /api/v1/activities/{id}/updates",
				"{\"date\":\"2030-04-30\",\"status\":\"ONGOING\",\"signal\":\"GREEN\",\"note\":\"Svep\",\"doneCount\":1}");
		templates.put("POST /api/v1/auth/token", "{\"username\":\"lasare\",\"password\":\"fel\"}");
		templates.put("POST /api/v1/test-probe/notes", "{\"text\":\"Svep\",\"proposal\":\"Svep\"}");
		templates.put("POST /api/v1/users", person.replace("\"svep.", "\"svep.mall."));
		templates.put("POST /api/v1/users/{id}/roles", "{\"role\":\"VIEWER\",\"unitId\":\"" + sodermalm + "\"}");
		templates.put("POST /api/v1/users/{id}/password-reset", "{\"temporaryPassword\":\"" + TEMPORARY_PASSWORD + "\"}");
		// No valid body for PUT /api/v1/me/password: a wrong current password counts towards locking the
		// sweep's own account, a right one could change it. The broken bodies reach it; WronglyTypedJsonTests too.
		templates.put("POST /api/v1/action-plans/{id}/reports", "{\"period\":\"2030-T2\"}");
		templates.put("POST /api/v1/reports/{id}/acknowledge", "{\"comment\":\"Svep\"}");
		templates.put("POST /api/v1/reports/{id}/return", "{\"comment\":\"Svep\"}");
		templates.put("POST /api/v1/annual-compilations", "{\"year\":2029}");
		templates.put("POST /api/v1/carry-over-proposals/{id}/decline", "{\"reason\":\"Svep\"}");
	}

	/** A second token of the user's (not the one the sweep signs its requests with), by its id. */
	private String spareTokenId(String username) {
		String spare = sweep.post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}", null).body().get("token").asString();
		for (JsonNode token : sweep.get("/api/v1/me/tokens", spare).body()) {
			if (token.get("current").asBoolean()) {
				return token.get("id").asString();
			}
		}
		throw new IllegalStateException("no current token listed for " + username);
	}

	@AfterEach
	void clean() {
		followup.removeAll();
		fixtures.removeSituationData();
		fixtures.removeLocalAgreements();
		fixtures.removeTestReferrals();
		jdbc.sql("DELETE FROM observation_category WHERE code LIKE 'SWEEP%'").update();
		jdbc.sql("DELETE FROM indicator WHERE code LIKE 'SWEEP-%'").update(); // its values and areas go with it
		jdbc.sql("DELETE FROM sign_in_failure").update(); // the token template's wrong password, many times
	}

	@Test
	void answersBrokenBodiesWithoutAServerErrorAndNamesWronglyTypedFields() {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Operation operation : operations()) {
			if (operation.method.equals("GET") || operation.template.equals("/api/v1/observations/import")
					|| operation.template.equals("/api/v1/imports/police-events")) {
				continue; // bodies: the imports have their own sweep (ImportSweepTests)
			}
			String url = operation.url(this::idFor);
			String user = userFor(operation, url);
			for (String body : MalformedInputTests.BODIES) {
				requests++;
				check(failures, operation, url, user, body, null);
			}
			String template = template(operation, url, user);
			if (template == null || !template.startsWith("{")) {
				continue;
			}
			reached.put(operation.toString(), false);
			ObjectNode valid = (ObjectNode) PlanningFixtures.JSON.readTree(template);
			for (String field : valid.propertyNames()) {
				for (JsonNode wrong : WRONG_VALUES) {
					ObjectNode body = (ObjectNode) PlanningFixtures.JSON.readTree(template);
					body.set(field, wrong);
					requests++;
					boolean mustBeNamed = (wrong.isObject() || wrong.isArray()) && isPlainValue(valid.get(field))
							|| wrong.isObject() && valid.get(field).isArray();
					if (check(failures, operation, url, user, body.toString(), mustBeNamed ? field : null) < 300) {
						template = template(operation, url, user); // a new version to send next
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(1000);
		assertThat(failures).as("%d failures:%n%s", failures.size(), String.join("\n", failures)).isEmpty();
		assertThat(reached).as("operations whose service never answered past its type checks (ids not real, user refused?)")
			.doesNotContainValue(false);
	}

	@Test
	void answersQueryValuesOfEveryTypeWithoutAServerError() {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Operation operation : operations()) {
			if (operation.queryParameters.isEmpty()) {
				continue;
			}
			String url = operation.url(this::idFor);
			String user = userFor(operation, url);
			for (String parameter : operation.queryParameters) {
				for (String value : QUERY_VALUES) {
					for (String query : List.of(parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
							parameter + "=1&" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))) {
						requests++;
						var response = send(operation.method, url + "?" + query, user, operation.method.equals("GET") ? "" : "{}");
						if (response.status() >= 500) {
							failures.add(operation + " ?" + abbreviated(query) + " as " + user + " -> " + response.status());
						}
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(300);
		assertThat(failures).as(String.join("\n", failures)).isEmpty();
	}

	private int check(List<String> failures, Operation operation, String url, String user, String body, String namedField) {
		var response = send(operation.method, url, user, body);
		if (reachedTheService(response)) {
			reached.computeIfPresent(operation.toString(), (key, before) -> true);
		}
		String what = operation + " as " + user + " with " + abbreviated(body) + " -> " + response.status();
		if (response.status() >= 500) {
			failures.add(what);
		}
		else if (response.status() == 400) {
			String type = response.header("Content-Type");
			if (type == null || !type.startsWith("application/problem+json")) {
				failures.add(what + " without problem details");
			}
			else if (namedField != null && !names(response.body(), namedField)) {
				failures.add(what + " without naming " + namedField + ": " + abbreviated(response.raw().body()));
			}
		}
		return response.status();
	}

	/**
	 * Whether the answer came from the service rather than from reading the JSON: it did the work
	 * (2xx), refused it by a rule (409), or checked the fields itself (a 400 whose errors are not
	 * all about a value's type or form).
	 */
	private static boolean reachedTheService(Api.Response response) {
		if (response.status() < 300 || response.status() == 409) {
			return true;
		}
		if (response.status() != 400 || response.body() == null) {
			return false;
		}
		for (JsonNode error : response.body().path("errors")) {
			if (!List.of("type", "format", "range").contains(error.path("code").asString())) {
				return true;
			}
		}
		return false;
	}

	private static boolean names(JsonNode problem, String field) {
		for (JsonNode error : problem.path("errors")) {
			String named = error.path("field").asString();
			if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPlainValue(JsonNode value) {
		return value.isString() || value.isNumber() || value.isBoolean();
	}

	/** The body to mutate: the current representation for a PUT that takes it, else the template. */
	private String template(Operation operation, String url, String user) {
		if (operation.method.equals("PUT") && !templates.containsKey(operation.toString())) {
			var current = send("GET", url, user, "");
			return current.status() == 200 && current.body() != null && current.body().isObject() ? current.body().toString()
					: null;
		}
		String template = templates.get(operation.toString());
		if (template != null && operation.template.startsWith("/api/v1/situation-pictures/{id}/")) {
			int version = send("GET", "/api/v1/situation-pictures/" + ids.get("situation-pictures"), user, "").body()
				.get("version").asInt();
			return template.replace("\"version\":0", "\"version\":" + version);
		}
		return template;
	}

	/** The first of these who is not refused outright, so the body is read. */
	private String userFor(Operation operation, String url) {
		for (String user : List.of("samordnare.sodermalm", "beredning.stad", "styrgrupp.sodermalm", "admin")) {
			int status = send(operation.method, url, user, operation.method.equals("GET") ? "" : "{}").status();
			if (status != 401 && status != 403) {
				return user;
			}
		}
		return "admin";
	}

	private String idFor(String resource, String variable) {
		String id = ids.containsKey(variable) ? ids.get(variable) : ids.get(resource);
		assertThat(id).as("The sweep has no real id for {%s} after /%s: add one of that kind to aWorldOfRealThings()",
				variable, resource).isNotNull();
		return id;
	}

	private String created(String user, String path, String body) {
		var response = sweep.postAs(user, path, body);
		assertThat(response.status()).as(path + ": " + response.raw().body()).isEqualTo(201);
		return response.body().get("id").asString();
	}

	private Api.Response send(String method, String url, String user, String body) {
		// Signing out revokes the token presented: that operation gets a fresh token, never the shared one.
		String token = method.equals("DELETE") && url.startsWith("/api/v1/auth/token")
				? sweep.post("/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}", null)
					.body().get("token").asString()
				: sweep.tokenFor(user);
		HttpRequest.Builder request = sweep.request(url, token).header("Content-Type", "application/json");
		return sweep.send(request.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/** Every operation of the API, the steps that change a thing's state (establish, sign, reopen) last. */
	private List<Operation> operations() {
		JsonNode paths = sweep.get("/v3/api-docs", null).body().get("paths");
		List<Operation> operations = new ArrayList<>();
		for (var path : paths.properties()) {
			for (var operation : path.getValue().properties()) {
				List<String> query = new ArrayList<>();
				operation.getValue().path("parameters").forEach(parameter -> {
					if (parameter.path("in").asString().equals("query")) {
						query.add(parameter.path("name").asString());
					}
				});
				operations.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), query));
			}
		}
		operations.sort(Comparator.comparing(Operation::changesState).thenComparing(Operation::toString));
		return operations;
	}

	private static String abbreviated(String text) {
		return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + " chars)" : text;
	}

	private static JsonNode deep(int levels) {
		ObjectNode root = NODES.objectNode();
		ObjectNode node = root;
		for (int i = 0; i < levels; i++) {
			node = node.putObject("a");
		}
		ArrayNode leaf = node.putArray("b");
		leaf.add(true);
		return root;
	}

	record Operation(String method, String template, List<String> queryParameters) {

		private static final Pattern VARIABLE = Pattern.compile("([^/]+)/\\{([^}]+)}");

		interface Ids {

			String of(String resource, String variable);
		}

		String url(Ids ids) {
			Matcher matcher = VARIABLE.matcher(template);
			StringBuilder url = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(url, Matcher.quoteReplacement(matcher.group(1) + "/" + ids.of(matcher.group(1), matcher.group(2))));
			}
			matcher.appendTail(url);
			return url.toString();
		}

		boolean changesState() {
			return template.matches(".*/(establish|signatures|versions|reopen|move|submit|acknowledge|return|publish|accept|decline|disable)$")
					|| method.equals("DELETE");
		}

		@Override
		public String toString() {
			return method + " " + template;
		}
	}
}
