package se.samverkan.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API: 256 random bits, handed out once and stored only as their
 * SHA-256 hash, so a copy of the database does not let anyone in. Stored in PostgreSQL so every
 * instance accepts them and they can be revoked.
 */
@Component
public class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Duration lifetime;

	ApiTokens(JdbcClient jdbc, @Value("${samverkan.api.token-lifetime:PT8H}") Duration lifetime) {
		this.jdbc = jdbc;
		this.lifetime = lifetime;
	}

	public record IssuedToken(String token, OffsetDateTime expiresAt) {
	}

	@Transactional
	public IssuedToken issue(UUID userId) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		OffsetDateTime expiresAt = now.plus(lifetime);
		jdbc.sql("INSERT INTO api_token (token_hash, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(hash(token), userId, now, expiresAt)
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The user a valid, unexpired token belongs to. */
	@Transactional(readOnly = true)
	public Optional<UUID> userOf(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT t.user_id FROM api_token t JOIN app_user a ON a.id = t.user_id
				WHERE t.token_hash = :hash AND t.expires_at > now() AND a.enabled""")
			.param("hash", hash(token))
			.query(UUID.class)
			.optional();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void removeExpired() {
		jdbc.sql("DELETE FROM api_token WHERE expires_at < now() - interval '1 day'").update();
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
