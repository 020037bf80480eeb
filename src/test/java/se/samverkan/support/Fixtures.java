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

	/**
	 * Undoes revisions of the overarching agreement made by tests: their referral rounds, local
	 * agreements and the drafts or signed revisions go; the 2024 agreement is in force again.
	 */
	public void removeRevisions() {
		removeTestReferrals();
		removeLocalAgreements();
		List<UUID> revisions = jdbc.sql("""
				SELECT id FROM agreement WHERE kind = 'OVERARCHING' AND valid_from NOT IN (DATE '2019-11-04', DATE '2024-01-01')
				ORDER BY valid_from DESC, created_at DESC""")
			.query(UUID.class)
			.list();
		for (UUID revision : revisions) {
			jdbc.sql("DELETE FROM priority_area WHERE agreement_id = :id").param("id", revision).update();
			jdbc.sql("DELETE FROM agreement WHERE id = :id").param("id", revision).update();
		}
		jdbc.sql("""
				UPDATE agreement SET status = 'SIGNED', valid_to = NULL, revision_needed_for = NULL
				WHERE kind = 'OVERARCHING' AND valid_from = DATE '2024-01-01'""").update();
	}

	/**
	 * Undoes what tests did to the groups and their decisions: recorded decisions go, memberships
	 * added by tests (dated; the demo ones are not) go, and demo memberships ended by tests resume.
	 */
	public void removeGroupChanges() {
		jdbc.sql("DELETE FROM steering_decision").update();
		jdbc.sql("DELETE FROM group_member WHERE valid_from IS NOT NULL").update();
		jdbc.sql("UPDATE group_member SET valid_to = NULL WHERE valid_to IS NOT NULL").update();
	}

	public UUID group(String code) {
		return jdbc.sql("SELECT id FROM org_group WHERE code = :code").param("code", code).query(UUID.class).single();
	}

	/** The id of an account's active membership of a group. */
	public UUID member(String groupCode, String username) {
		return jdbc.sql("""
				SELECT m.id FROM group_member m JOIN org_group g ON g.id = m.group_id
				WHERE g.code = :code AND m.username = :username AND m.valid_to IS NULL""")
			.param("code", groupCode)
			.param("username", username)
			.query(UUID.class)
			.single();
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
