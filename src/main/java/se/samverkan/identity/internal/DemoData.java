package se.samverkan.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Accounts;
import se.samverkan.identity.DemoDataLoaded;
import se.samverkan.identity.Role;
import se.samverkan.organisation.GroupMembership;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.PartnerKind;
import se.samverkan.organisation.PartnerRegister;

/**
 * The demo accounts of API.md, loaded once on the first start of the embedded default (never
 * against an external database), with members in the groups they sit in.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	record DemoAccount(String username, String displayName, String party, Role role, String unitCode, String groupCode,
			String title) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "Systemförvaltare", "CITY", Role.SYSTEM_ADMIN, null, null, null),
			new DemoAccount("beredning.stad", "Beredningsgruppen (staden)", "CITY", Role.CENTRAL_COORDINATOR,
					"STADSLEDNINGSKONTORET", "BEREDNINGSGRUPP", "Stadsledningskontoret"),
			new DemoAccount("beredning.polis", "Beredningsgruppen (polisen)", "POLICE", Role.CENTRAL_COORDINATOR,
					"POLISREGION-STOCKHOLM", "BEREDNINGSGRUPP", "Polisregion Stockholm"),
			new DemoAccount("samordnare.sodermalm", "Trygghetssamordnare Södermalm", "CITY", Role.LOCAL_COORDINATOR,
					"SODERMALM", "SAMVERKAN-SODERMALM", "Trygghetssamordnare"),
			new DemoAccount("kommunpolis.sodermalm", "Kommunpolis Södermalm", "POLICE", Role.LOCAL_COORDINATOR,
					"LPO-SODERMALM", "SAMVERKAN-SODERMALM", "Kommunpolis"),
			new DemoAccount("samordnare.farsta", "Trygghetssamordnare Farsta", "CITY", Role.LOCAL_COORDINATOR, "FARSTA",
					"SAMVERKAN-FARSTA", "Trygghetssamordnare"),
			new DemoAccount("styrgrupp.sodermalm", "Styrgruppsledamot Södermalm", "CITY", Role.STEERING_MEMBER,
					"SODERMALM", "STYRGRUPP-SODERMALM", "Stadsdelsdirektör"),
			new DemoAccount("rapportor.sodermalm", "Fältrapportör Södermalm", "CITY", Role.REPORTER, "SODERMALM", null,
					null),
			new DemoAccount("kommunikator.stad", "Kommunikatör (staden)", "CITY", Role.COMMUNICATOR, null, null, null),
			new DemoAccount("kommunikator.polis", "Kommunikatör (polisen)", "POLICE", Role.COMMUNICATOR, null, null,
					null),
			new DemoAccount("lasare", "Läsare", "CITY", Role.VIEWER, null, null, null));

	/** Partner organisations to give accounts to in the demo; made-up names. */
	static final Map<String, PartnerKind> PARTNERS = Map.of(
			"Exempelbostäder AB (demo)", PartnerKind.HOUSING_COMPANY, "Exempelskolan (demo)", PartnerKind.SCHOOL,
			"Exempelbevakning AB (demo)", PartnerKind.SECURITY_COMPANY);

	private final PartnerRegister partners;

	private final DemoSettings settings;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final OrganisationDirectory organisation;

	private final GroupMembership groups;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	DemoData(Accounts accounts, DemoSettings settings, JdbcClient jdbc, PasswordEncoder passwords, OrganisationDirectory organisation,
			GroupMembership groups, AuditLog audit, TransactionTemplate transactions, PartnerRegister partners,
			ApplicationEventPublisher events) {
		this.events = events;
		this.partners = partners;
		this.accounts = accounts;
		this.settings = settings;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.organisation = organisation;
		this.groups = groups;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.active()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('samverkan-demo-data'))").query().singleRow();
			if (jdbc.sql("SELECT count(*) FROM demo_data").query(Long.class).single() > 0) {
				return;
			}
			String hash = passwords.encode(settings.password());
			ACCOUNTS.forEach(account -> create(account, hash));
			PARTNERS.forEach((name, kind) -> partners.register(name, kind));
			jdbc.sql("INSERT INTO demo_data (loaded_at) VALUES (now())").update();
			events.publishEvent(new DemoDataLoaded());
			log.info("Loaded {} demo accounts (password from SAMVERKAN_DEMO_PASSWORD)", ACCOUNTS.size());
		});
	}

	private void create(DemoAccount account, String hash) {
		UUID party = organisation.parties()
			.stream()
			.filter(candidate -> candidate.code().equals(account.party()))
			.findFirst()
			.orElseThrow()
			.id();
		UUID unit = account.unitCode() == null ? null : organisation.unitByCode(account.unitCode()).orElseThrow().id();
		UUID id = accounts.create(account.username(), account.displayName(), party, hash);
		accounts.grant(id, account.role(), unit);
		audit.recordChange("CREATE", "User", id, unit, null,
				Map.of("username", account.username(), "role", account.role().name(), "party", account.party()));
		if (account.groupCode() != null) {
			UUID group = organisation.groupByCode(account.groupCode()).orElseThrow().id();
			groups.add(group, account.displayName(), account.title(), unit, account.username());
		}
	}
}
