package se.samverkan.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up seeded reference data by its stable codes, and clears what tests create. */
public final class Fixtures {

	private final JdbcClient jdbc;

	public Fixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID unit(String code) {
		return jdbc.sql("SELECT id FROM org_unit WHERE code = :code").param("code", code).query(UUID.class).single();
	}

	/** An indicator by its code (the starter set's, or one a test made). */
	public UUID indicator(String code) {
		return jdbc.sql("SELECT id FROM indicator WHERE code = :code").param("code", code).query(UUID.class).single();
	}

	/** Removes the indicators tests made (codes starting with TEST-) and every value but the starter set's published ones and the demo's. */
	public void removeTestIndicators() {
		jdbc.sql("DELETE FROM indicator WHERE code LIKE 'TEST-%'").update();
		jdbc.sql("DELETE FROM indicator_value WHERE origin NOT IN ('REFERENCE', 'DEMO')").update();
	}

	/** The five priority areas of the agreement in force, in order. */
	public List<UUID> priorityAreas() {
		return new ArrayList<>(jdbc.sql("""
				SELECT p.id FROM priority_area p JOIN agreement a ON a.id = p.agreement_id
				WHERE a.kind = 'OVERARCHING' AND a.valid_to IS NULL ORDER BY p.ordinal""").query(UUID.class).list());
	}

	/** Removes every local agreement, so each test starts from the seeded state. */
	public void removeLocalAgreements() {
		jdbc.sql("UPDATE agreement SET supersedes_id = NULL WHERE kind = 'LOCAL'").update();
		jdbc.sql("DELETE FROM agreement WHERE kind = 'LOCAL'").update();
	}

	/** Removes referral rounds other than the seeded KS 2023/740. */
	public void removeTestReferrals() {
		jdbc.sql("""
				DELETE FROM referral_response WHERE round_id IN (SELECT id FROM referral_round WHERE case_number <> 'KS 2023/740')""")
			.update();
		jdbc.sql("DELETE FROM referral_round WHERE case_number <> 'KS 2023/740'").update();
	}

	/** Removes observations, places, pictures and imported police events made by tests. */
	public void removeSituationData() {
		jdbc.sql("DELETE FROM observation").update();
		jdbc.sql("DELETE FROM place").update();
		jdbc.sql("DELETE FROM situation_picture").update();
		jdbc.sql("DELETE FROM police_event").update();
		jdbc.sql("DELETE FROM import_job").update();
	}

	/** A local agreement body addressing every priority area (a focus area for the first {@code focus}). */
	public String localAgreement(UUID district, String title, int focus) {
		List<UUID> areas = priorityAreas();
		StringBuilder focusAreas = new StringBuilder();
		StringBuilder reasons = new StringBuilder();
		for (int i = 0; i < areas.size(); i++) {
			if (i < focus) {
				focusAreas.append(focusAreas.isEmpty() ? "" : ",")
					.append("{\"title\":\"Fokus ").append(i + 1).append("\",\"priorityAreaId\":\"").append(areas.get(i))
					.append("\",\"description\":\"Utifrån lägesbilden\"}");
			}
			else {
				reasons.append(reasons.isEmpty() ? "" : ",")
					.append("{\"priorityAreaId\":\"").append(areas.get(i)).append("\",\"reason\":\"Låg förekomst enligt lägesbilden\"}");
			}
		}
		return "{\"kind\":\"LOCAL\",\"title\":\"" + title + "\",\"districtId\":\"" + district
				+ "\",\"validFrom\":\"2026-01-01\",\"focusAreas\":[" + focusAreas + "],\"notAddressed\":[" + reasons + "]}";
	}

	/**
	 * An account that the demo data does not have, with the demo password (copied from a demo
	 * account) and one role at the unit with this code. Remove it with {@link #removeAccount}, so
	 * that counts of the demo accounts stay true for other tests.
	 */
	public void account(String username, String party, String role, String unitCode) {
		boolean exists = jdbc.sql("SELECT count(*) FROM app_user WHERE username = :name").param("name", username)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return;
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO app_user (id, username, display_name, party_id, password_hash)
				SELECT :id, :name, :name, p.id, u.password_hash FROM party p, app_user u
				WHERE p.code = :party AND u.username = 'lasare'""")
			.param("id", id)
			.param("name", username)
			.param("party", party)
			.update();
		jdbc.sql("INSERT INTO role_grant (id, user_id, role, unit_id) VALUES (:grant, :user, :role, :unit)")
			.param("grant", UUID.randomUUID())
			.param("user", id)
			.param("role", role)
			.param("unit", unitCode == null ? null : unit(unitCode))
			.update();
	}

	/** Removes an account made by {@link #account}, with its roles and tokens, and forgets its token. */
	public void removeAccount(String username) {
		jdbc.sql("DELETE FROM app_user WHERE username = :name").param("name", username).update();
		Api.forgetToken(username);
	}
}
