package se.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.samverkan.support.ApiTest;

/**
 * Issue 14, point 3 and the sign-in half of point 4: a stranger cannot lock somebody else out, a
 * lock never grows on the right password, an administrator can lift it, refused sign-ins do not
 * flood the audit log, and a refused name is kept only as a hash.
 */
class SignInProtectionTests extends ApiTest {

	private static final String ATTACKER = "127.0.0.2";

	private static final String OWNER = "127.0.0.3";

	@AfterEach
	void forgetFailures() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	private FromAddress.Response signIn(String address, String username, String password) {
		return FromAddress.post(address, port, "/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	@Test
	void theRightPasswordWorksFromAnotherAddressAfterLockOutAttempts() {
		for (int i = 0; i < 8; i++) {
			assertThat(signIn(ATTACKER, "kommunikator.stad", "gissning" + i).status()).isEqualTo(401);
		}
		assertThat(signIn(ATTACKER, "kommunikator.stad", "demo").status()).isEqualTo(401);
		assertThat(signIn(OWNER, "kommunikator.stad", "demo").status()).isEqualTo(200);
	}

	@Test
	void aLockIsNeverExtendedByTheRightPassword() throws InterruptedException {
		for (int i = 0; i < 5; i++) {
			signIn(OWNER, "kommunikator.stad", "gissning" + i);
		}
		jdbc.sql("UPDATE sign_in_failure SET locked_until = now() + interval '2 seconds'").update();
		assertThat(signIn(OWNER, "kommunikator.stad", "demo").status()).isEqualTo(401);
		Thread.sleep(2_500);
		assertThat(signIn(OWNER, "kommunikator.stad", "demo").status()).isEqualTo(200);
	}

	@Test
	void anAdministratorLiftsALock() {
		for (int i = 0; i < 5; i++) {
			signIn(OWNER, "kommunikator.stad", "gissning" + i);
		}
		assertThat(signIn(OWNER, "kommunikator.stad", "demo").status()).isEqualTo(401);
		UUID id = jdbc.sql("SELECT id FROM app_user WHERE username = 'kommunikator.stad'").query(UUID.class).single();

		assertThat(api.postAs("samordnare.sodermalm", "/api/v1/users/" + id + "/unlock", "{}").status()).isEqualTo(403);
		assertThat(api.postAs("admin", "/api/v1/users/" + id + "/unlock", "{}").status()).isEqualTo(204);

		assertThat(signIn(OWNER, "kommunikator.stad", "demo").status()).isEqualTo(200);
	}

	@Test
	void namesAreMatchedTheSameWayForSignInAndForTheLock() {
		assertThat(signIn(OWNER, "  Lasare ", "demo").status()).isEqualTo(200);
	}

	@Test
	void refusedSignInsAreCountedNotWrittenOneByOneToTheAuditLog() {
		String name = "okand-" + UUID.randomUUID();
		long before = refusals();
		for (int i = 0; i < 12; i++) {
			signIn(ATTACKER, name, "gissning" + i);
		}
		assertThat(refusals() - before).isZero();
	}

	@Test
	void writesOneSummaryOfRefusedSignInsPerMinute() {
		String name = "okand-" + UUID.randomUUID();
		long last = lastAuditId();
		for (int i = 0; i < 12; i++) {
			signIn("127.0.0.4", name, "gissning" + i);
		}
		signIn("127.0.0.4", "kommunikator.stad", "gissning");
		refusals.summariseBefore(java.time.OffsetDateTime.now().plusMinutes(1));

		var pairs = jdbc.sql("""
				SELECT p.value FROM audit_entry a, jsonb_array_elements(a.changes->'after'->'pairs') p
				WHERE a.id > :last AND a.action = 'SIGN_IN_REFUSALS' AND p.value->>'clientAddress' = '127.0.0.4'""")
			.param("last", last)
			.query(String.class)
			.list();
		// one pair per minute and name: 12 for the unknown name (under its hash only), 1 for the account
		int unknown = pairs.stream()
			.filter(pair -> pair.contains("nameHash"))
			.mapToInt(pair -> Integer.parseInt(pair.replaceAll(".*\"refusals\": (\\d+).*", "$1")))
			.sum();
		assertThat(unknown).isEqualTo(12);
		assertThat(pairs).noneMatch(pair -> pair.contains(name));
		assertThat(pairs).anyMatch(pair -> pair.contains("\"username\": \"kommunikator.stad\""));
		assertThat(jdbc.sql("SELECT count(*) FROM sign_in_refusal").query(Long.class).single()).isZero();
	}

	@org.springframework.beans.factory.annotation.Autowired
	se.samverkan.identity.internal.SignInRefusals refusals;

	private long lastAuditId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	@Test
	void keepsARefusedNameOnlyAsAHash() {
		String name = "hemlig-" + UUID.randomUUID();
		signIn(ATTACKER, name, "gissning");
		long stored = jdbc.sql("SELECT count(*) FROM sign_in_failure f WHERE CAST(f AS text) ILIKE :name")
			.param("name", "%" + name + "%")
			.query(Long.class)
			.single();
		long audited = jdbc.sql("SELECT count(*) FROM audit_entry a WHERE CAST(a AS text) ILIKE :name")
			.param("name", "%" + name + "%")
			.query(Long.class)
			.single();
		assertThat(stored).isZero();
		assertThat(audited).isZero();
	}

	private long refusals() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'SIGN_IN_REFUSED'").query(Long.class).single();
	}
}
