package se.samverkan.identity.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Usernames;

/**
 * Keeps an anonymous flood of wrong passwords out of the append-only audit log: each refused
 * sign-in only counts, per minute, name (as a hash) and client address; once a minute is over, one
 * summary entry for it goes to the audit log, naming the accounts that exist and the addresses,
 * never a name that is not an account. At most {@value #MAX_LISTED} pairs are listed per minute,
 * the rest counted.
 */
@Component
public class SignInRefusals {

	static final int MAX_LISTED = 50;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	SignInRefusals(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void count(String username, String clientAddress, UUID accountId) {
		jdbc.sql("""
				INSERT INTO sign_in_refusal AS r (minute, name_hash, client_address, user_id, refusals)
				VALUES (date_trunc('minute', now()), :name, :address, :user, 1)
				ON CONFLICT (minute, name_hash, client_address) DO UPDATE SET refusals = r.refusals + 1""")
			.param("name", Usernames.hash(username))
			.param("address", SignInThrottle.address(clientAddress))
			.param("user", accountId)
			.update();
	}

	@Scheduled(fixedDelayString = "${samverkan.sign-in.summary-interval:PT1M}", initialDelayString = "PT1M")
	@Transactional
	public void summariseEndedMinutes() {
		summariseBefore(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
	}

	/**
	 * Writes one audit entry per minute before {@code end} and removes what it summarised, in one
	 * transaction, so two instances never summarise the same minute twice.
	 */
	@Transactional
	public int summariseBefore(OffsetDateTime end) {
		record Row(OffsetDateTime minute, byte[] nameHash, String clientAddress, UUID userId, String username,
				int refusals) {
		}
		List<Row> rows = jdbc.sql("""
				WITH gone AS (DELETE FROM sign_in_refusal WHERE minute < :end RETURNING *)
				SELECT g.minute, g.name_hash, g.client_address, g.user_id, a.username, g.refusals
				FROM gone g LEFT JOIN app_user a ON a.id = g.user_id
				ORDER BY g.minute, g.refusals DESC""")
			.param("end", end)
			.query(Row.class)
			.list();
		Map<OffsetDateTime, List<Row>> byMinute = new TreeMap<>();
		rows.forEach(row -> byMinute.computeIfAbsent(row.minute(), minute -> new ArrayList<>()).add(row));
		byMinute.forEach((minute, refused) -> {
			List<Map<String, Object>> listed = new ArrayList<>();
			refused.stream().limit(MAX_LISTED).forEach(row -> {
				Map<String, Object> pair = new LinkedHashMap<>();
				if (row.username() != null) {
					pair.put("username", row.username());
				}
				else {
					pair.put("nameHash", HexFormat.of().formatHex(row.nameHash(), 0, 4));
				}
				pair.put("clientAddress", row.clientAddress());
				pair.put("refusals", row.refusals());
				listed.add(pair);
			});
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("minute", minute.toString());
			summary.put("refusals", refused.stream().mapToInt(Row::refusals).sum());
			summary.put("names", refused.stream().map(row -> HexFormat.of().formatHex(row.nameHash())).distinct().count());
			summary.put("clientAddresses", refused.stream().map(Row::clientAddress).distinct().count());
			summary.put("pairs", listed);
			summary.put("pairsNotListed", Math.max(0, refused.size() - MAX_LISTED));
			audit.recordChange("SIGN_IN_REFUSALS", "SignIn", null, null, null, summary);
		});
		return byMinute.size();
	}
}
