package se.samverkan.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.FieldConflict;

/**
 * The register of partner organisations, the one register every module uses (user accounts of
 * partners' staff, responsible bodies of activities). It checks its input and audits every change;
 * who may register a partner is the caller's decision, through the access policy, since this
 * module sits below identity.
 */
@Service
@Transactional(readOnly = true)
public class PartnerRegister {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	PartnerRegister(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<Partner> all(boolean activeOnly) {
		return jdbc.sql("SELECT id, name, kind, active, version FROM partner WHERE (:all OR active) ORDER BY lower(name)")
			.param("all", !activeOnly)
			.query(Partner.class)
			.list();
	}

	public Optional<Partner> byId(UUID id) {
		return jdbc.sql("SELECT id, name, kind, active, version FROM partner WHERE id = :id")
			.param("id", id)
			.query(Partner.class)
			.optional();
	}

	/** Registers a partner; a name already registered (whatever its case) is refused (409) on {@code name}. */
	@Transactional
	public Partner register(String name, PartnerKind kind) {
		String cleaned = FieldChecks.clean(name);
		FieldChecks checks = new FieldChecks().text("name", cleaned, true, 200)
			.required("kind", kind, "Välj vilken sorts organisation det är.");
		checks.throwIfAny();
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("INSERT INTO partner (id, name, kind) VALUES (?, ?, ?)").params(id, cleaned, kind.name()).update();
		}
		catch (DuplicateKeyException ex) {
			throw new FieldConflict("samverkan.problem.duplicate", "name", "duplicate",
					"Det finns redan en partner med det namnet.");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", cleaned);
		after.put("kind", kind.name());
		audit.recordChange("CREATE", "Partner", id, null, null, after);
		return new Partner(id, cleaned, kind, true, 0);
	}
}
