package se.samverkan.identity.internal;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Accounts;
import se.samverkan.identity.PasswordRules;
import se.samverkan.identity.Role;
import se.samverkan.identity.Usernames;
import se.samverkan.platform.rules.FieldChecks;

/**
 * The first system administrator of an installation. On a database where no enabled account is a
 * system administrator, {@code SAMVERKAN_INITIAL_ADMIN_USERNAME} (default {@code admin}) and
 * {@code SAMVERKAN_INITIAL_ADMIN_PASSWORD} create one, whose password must be changed at the first
 * sign-in; without the password the start-up log says how to create one. Once an administrator
 * exists the variables are ignored, so leaving them set changes nothing later.
 */
@Component
@Order(30)
public class InitialAdministrator implements ApplicationRunner {

	public static final String HOW_TO = "No system administrator exists. Set SAMVERKAN_INITIAL_ADMIN_USERNAME (default admin) "
			+ "and SAMVERKAN_INITIAL_ADMIN_PASSWORD (at least " + PasswordRules.MIN_LENGTH
			+ " characters, not a common password) and restart: that account is created, and its password must be "
			+ "changed at the first sign-in.";

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	/** What the start found and did, for operations and tests. */
	public enum Outcome {
		ADMINISTRATOR_EXISTS, CREATED, NO_ADMINISTRATOR, NAME_TAKEN
	}

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String username;

	private final String password;

	private final String party;

	private volatile Outcome outcome;

	InitialAdministrator(Accounts accounts, PasswordEncoder passwords, AuditLog audit, JdbcClient jdbc,
			TransactionTemplate transactions, @Value("${samverkan.initial-admin.username:admin}") String username,
			@Value("${samverkan.initial-admin.password:}") String password,
			@Value("${samverkan.initial-admin.party:CITY}") String party) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.username = Usernames.normalise(username);
		this.password = password;
		this.party = party;
	}

	@Override
	public void run(ApplicationArguments args) {
		outcome = transactions.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('samverkan-administrators'))").query().singleRow();
			if (accounts.countEnabledWith(Role.SYSTEM_ADMIN) > 0) {
				return Outcome.ADMINISTRATOR_EXISTS;
			}
			if (password == null || password.isEmpty()) {
				return Outcome.NO_ADMINISTRATOR;
			}
			FieldChecks checks = PasswordRules.check(new FieldChecks(), "password", password, username);
			if (!checks.isEmpty()) {
				throw new IllegalStateException("SAMVERKAN_INITIAL_ADMIN_PASSWORD is refused: it must have at least "
						+ PasswordRules.MIN_LENGTH + " characters, not be a common password and not be the user name");
			}
			if (accounts.byUsername(username).isPresent()) {
				return Outcome.NAME_TAKEN;
			}
			UUID partyId = accounts.partyId(party)
				.orElseThrow(() -> new IllegalStateException("SAMVERKAN_INITIAL_ADMIN_PARTY: unknown party " + party));
			UUID id = accounts.create(new Accounts.NewAccount(username, "Systemförvaltare", partyId, null, null,
					passwords.encode(password), true));
			accounts.grant(id, Role.SYSTEM_ADMIN, null, "ADMIN", AuditLog.SYSTEM);
			audit.recordChange("CREATE", "User", id, null, null, Map.of("username", username, "role",
					Role.SYSTEM_ADMIN.name(), "party", party, "via", "SAMVERKAN_INITIAL_ADMIN_PASSWORD"));
			return Outcome.CREATED;
		});
		switch (outcome) {
			case CREATED -> log.info("Created the first system administrator '{}' from SAMVERKAN_INITIAL_ADMIN_*; "
					+ "the password must be changed at the first sign-in", username);
			case NO_ADMINISTRATOR -> log.warn(HOW_TO);
			case NAME_TAKEN -> log.warn("No system administrator exists, and the account '{}' named by "
					+ "SAMVERKAN_INITIAL_ADMIN_USERNAME is taken by someone else: choose another name and restart",
					username);
			default -> {
			}
		}
	}

	public Outcome outcome() {
		return outcome;
	}
}
