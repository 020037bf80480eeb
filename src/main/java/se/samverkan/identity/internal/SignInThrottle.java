package se.samverkan.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.Usernames;

/**
 * Slows down password guessing without letting a stranger lock anyone out: after {@code maxFailures}
 * failed sign-ins in a row for one user name <em>from one client address</em>, that name is locked
 * for {@code lockDuration} at that address only. The owner signs in from their own address as
 * usual; attempts during a lock are refused unchecked and never lengthen it (so neither does the
 * right password); an administrator can lift every lock of a name. Whether the account exists
 * makes no difference, so a lock tells nothing about which names exist. Names are kept as SHA-256
 * hashes of {@link Usernames#normalise}, and everything is in the database, shared by every
 * instance.
 */
@Component
public class SignInThrottle {

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration lockDuration;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, @Value("${samverkan.sign-in.max-failures:5}") int maxFailures,
			@Value("${samverkan.sign-in.lock-duration:PT15M}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
		this.clock = Clock.systemUTC();
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String username, String clientAddress) {
		return jdbc.sql("""
				SELECT count(*) FROM sign_in_failure
				WHERE name_hash = :name AND client_address = :address AND locked_until > :now""")
			.param("name", Usernames.hash(username))
			.param("address", address(clientAddress))
			.param("now", OffsetDateTime.now(clock))
			.query(Long.class)
			.single() > 0;
	}

	/** Counts a failure; the failure that reaches the limit starts the lock, and a running lock is left as it is. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String username, String clientAddress) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				INSERT INTO sign_in_failure AS f (name_hash, client_address, failures, last_failure, locked_until)
				VALUES (:name, :address, 1, :now, CASE WHEN :max <= 1 THEN CAST(:until AS timestamptz) END)
				ON CONFLICT (name_hash, client_address) DO UPDATE SET
				    failures = CASE WHEN f.locked_until IS NOT NULL AND f.locked_until <= :now THEN 1
				                    WHEN f.locked_until > :now THEN f.failures
				                    ELSE f.failures + 1 END,
				    last_failure = :now,
				    locked_until = CASE
				        WHEN f.locked_until > :now THEN f.locked_until
				        WHEN f.locked_until IS NOT NULL AND f.locked_until <= :now THEN NULL
				        WHEN f.failures + 1 >= :max THEN CAST(:until AS timestamptz)
				        ELSE NULL END""")
			.param("name", Usernames.hash(username))
			.param("address", address(clientAddress))
			.param("now", now)
			.param("max", maxFailures)
			.param("until", now.plus(lockDuration))
			.update();
	}

	/** A successful sign-in forgets the failures of that name at that address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String username, String clientAddress) {
		jdbc.sql("DELETE FROM sign_in_failure WHERE name_hash = :name AND client_address = :address")
			.param("name", Usernames.hash(username))
			.param("address", address(clientAddress))
			.update();
	}

	/** Lifts every lock and forgets every failure of the name; the number of addresses it was locked at. */
	@Transactional
	public int unlock(String username) {
		int locked = lockedAddresses(username);
		jdbc.sql("DELETE FROM sign_in_failure WHERE name_hash = :name").param("name", Usernames.hash(username)).update();
		return locked;
	}

	/** At how many client addresses the name is locked now. */
	@Transactional(readOnly = true)
	public int lockedAddresses(String username) {
		return jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE name_hash = :name AND locked_until > :now")
			.param("name", Usernames.hash(username))
			.param("now", OffsetDateTime.now(clock))
			.query(Integer.class)
			.single();
	}

	/** Failures older than a day, with no lock running, are forgotten. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	@Transactional
	public void forgetOldFailures() {
		jdbc.sql("""
				DELETE FROM sign_in_failure
				WHERE last_failure < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())""")
			.update();
	}

	static String address(String clientAddress) {
		if (clientAddress == null || clientAddress.isBlank()) {
			return "unknown";
		}
		return clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
	}
}
