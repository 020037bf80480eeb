package se.samverkan.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
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
 * instance accepts them and they can be revoked: one by its holder, all of a user's when their
 * roles change or the account is disabled.
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

	/** A token as its owner sees it: never the token itself. */
	public record TokenInfo(UUID id, OffsetDateTime issuedAt, OffsetDateTime expiresAt, String issuedFrom) {
	}

	public IssuedToken issue(UUID userId) {
		return issue(userId, null);
	}

	@Transactional
	public IssuedToken issue(UUID userId, String clientAddress) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		OffsetDateTime expiresAt = now.plus(lifetime);
		jdbc.sql("""
				INSERT INTO api_token (token_hash, user_id, issued_at, expires_at, issued_from)
				VALUES (?, ?, ?, ?, ?)""")
			.params(hash(token), userId, now, expiresAt, clientAddress)
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The user a valid, unexpired token belongs to. */
	@Transactional(readOnly = true)
	public Optional<UUID> userOf(String token) {
		if (!plausible(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT t.user_id FROM api_token t JOIN app_user a ON a.id = t.user_id
				WHERE t.token_hash = :hash AND t.expires_at > now() AND a.enabled""")
			.param("hash", hash(token))
			.query(UUID.class)
			.optional();
	}

	/** The id of a valid token, to tell the owner which of their tokens is the one in use. */
	@Transactional(readOnly = true)
	public Optional<UUID> idOf(String token) {
		if (!plausible(token)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id FROM api_token WHERE token_hash = :hash AND expires_at > now()")
			.param("hash", hash(token))
			.query(UUID.class)
			.optional();
	}

	/** Revokes the token presented (signing out of the API); false when it was not a valid token. */
	@Transactional
	public boolean revoke(String token) {
		return plausible(token)
				&& jdbc.sql("DELETE FROM api_token WHERE token_hash = :hash").param("hash", hash(token)).update() > 0;
	}

	/** Revokes one of the user's tokens by its id; false when the user has no such token. */
	@Transactional
	public boolean revoke(UUID userId, UUID tokenId) {
		return jdbc.sql("DELETE FROM api_token WHERE user_id = :user AND id = :id")
			.param("user", userId)
			.param("id", tokenId)
			.update() > 0;
	}

	/** Revokes every token of the user, but the one with id {@code keep} (null: every one). */
	@Transactional
	public int revokeAll(UUID userId, UUID keep) {
		return jdbc.sql("DELETE FROM api_token WHERE user_id = :user AND id IS DISTINCT FROM :keep")
			.param("user", userId)
			.param("keep", keep)
			.update();
	}

	@Transactional(readOnly = true)
	public List<TokenInfo> activeOf(UUID userId) {
		return jdbc.sql("""
				SELECT id, issued_at, expires_at, issued_from FROM api_token
				WHERE user_id = :user AND expires_at > now() ORDER BY issued_at DESC""")
			.param("user", userId)
			.query(TokenInfo.class)
			.list();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void removeExpired() {
		jdbc.sql("DELETE FROM api_token WHERE expires_at < now() - interval '1 day'").update();
	}

	private static boolean plausible(String token) {
		return token != null && !token.isBlank() && token.length() <= 200;
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
