package se.samverkan.communication;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.support.Api;

/** Builders for joint communication items over the API, and clean-up of what the tests create. */
public final class CommunicationFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Api api;

	private final JdbcClient jdbc;

	public CommunicationFixtures(Api api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
	}

	/** Removes every item (only these tests create them); the public pages' validators move on with it. */
	public void removeAll() {
		jdbc.sql("DELETE FROM communication").update();
		jdbc.sql("UPDATE communication_public_state SET revision = revision + 1, changed_at = now()").update();
	}

	/** An external city-wide item. */
	public Map<String, Object> item(String title, String body) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("title", title);
		item.put("body", body);
		item.put("audience", "EXTERNAL");
		item.put("level", "CITY_WIDE");
		return item;
	}

	public Map<String, Object> local(String title, String body, UUID district) {
		Map<String, Object> item = item(title, body);
		item.put("level", "LOCAL");
		item.put("districtId", district);
		return item;
	}

	public JsonNode drafted(String username, Map<String, Object> item) {
		return expect(api.postAs(username, "/api/v1/communications", json(item)), 201);
	}

	/** Drafted by the city's communicator, approved by the police's communicator and the city's coordinator. */
	public JsonNode approved(Map<String, Object> item) {
		String id = drafted("kommunikator.stad", item).get("id").asString();
		approve("kommunikator.polis", id);
		return approve("beredning.stad", id);
	}

	public JsonNode published(Map<String, Object> item) {
		String id = approved(item).get("id").asString();
		return expect(api.postAs("kommunikator.stad", "/api/v1/communications/" + id + "/publish", ""), 200);
	}

	public JsonNode approve(String username, String id) {
		return expect(api.postAs(username, "/api/v1/communications/" + id + "/approvals", ""), 201);
	}

	public Api.Response put(String username, String id, Map<String, Object> item) {
		return api.send(api.request("/api/v1/communications/" + id, api.tokenFor(username))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json(item)))
			.build());
	}

	public long count() {
		return jdbc.sql("SELECT count(*) FROM communication").query(Long.class).single();
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private static JsonNode expect(Api.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + " but got " + response.status() + ": "
					+ response.raw().body());
		}
		return response.body();
	}
}
