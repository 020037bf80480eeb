package se.samverkan.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one user name in a
 * row, that name is locked for {@code lockDuration}, whether or not the account exists (so the
 * lock says nothing about which names exist). Kept in the database, so every instance sees it.
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
	public boolean isLocked(String username) {
		return jdbc.sql("SELECT locked_until FROM sign_in_failure WHERE username_key = :key")
			.param("key", key(username))
			.query(OffsetDateTime.class)
			.optional()
			.map(until -> until.isAfter(OffsetDateTime.now(clock)))
			.orElse(false);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String username) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				INSERT INTO sign_in_failure AS f (username_key, failures, last_failure, locked_until)
				VALUES (:key, 1, :now, NULL)
				ON CONFLICT (username_key) DO UPDATE SET
				    failures = CASE WHEN f.locked_until IS NOT NULL AND f.locked_until <= :now THEN 1 ELSE f.failures + 1 END,
				    last_failure = :now,
				    locked_until = CASE
				        WHEN f.locked_until IS NOT NULL AND f.locked_until <= :now THEN NULL
				        WHEN f.failures + 1 >= :max THEN GREATEST(COALESCE(f.locked_until, :now), :until)
				        ELSE f.locked_until END""")
			.param("key", key(username))
			.param("now", now)
			.param("max", maxFailures)
			.param("until", now.plus(lockDuration))
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String username) {
		jdbc.sql("DELETE FROM sign_in_failure WHERE username_key = :key").param("key", key(username)).update();
	}

	private static String key(String username) {
		String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return normalised.length() > 100 ? normalised.substring(0, 100) : normalised;
	}
}
