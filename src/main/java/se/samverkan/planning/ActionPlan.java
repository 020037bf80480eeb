package se.samverkan.planning;

import java.time.OffsetDateTime;
import java.util.UUID;

import se.samverkan.platform.rules.RuleViolation;

/**
 * A local action plan of a district for a year, or the city-wide handlingsplan for a year. The
 * steering group establishes it; after that its activities still take progress updates, but
 * structural changes (goals, activities, their content) need the plan reopened, with a reason.
 */
public class ActionPlan {

	private final UUID id;

	private final PlanScope scope;

	private final UUID districtId;

	private final int year;

	private PlanStatus status;

	private OffsetDateTime establishedAt;

	private String establishedBy;

	private final int version;

	public ActionPlan(UUID id, PlanScope scope, UUID districtId, int year, PlanStatus status,
			OffsetDateTime establishedAt, String establishedBy, int version) {
		this.id = id;
		this.scope = scope;
		this.districtId = districtId;
		this.year = year;
		this.status = status;
		this.establishedAt = establishedAt;
		this.establishedBy = establishedBy;
		this.version = version;
	}

	public static ActionPlan draft(PlanScope scope, UUID districtId, int year) {
		return new ActionPlan(UUID.randomUUID(), scope, scope == PlanScope.LOCAL ? districtId : null, year,
				PlanStatus.DRAFT, null, null, 0);
	}

	/** The steering group establishes the plan. */
	public void establish(String by, OffsetDateTime at) {
		if (status == PlanStatus.ESTABLISHED) {
			throw new RuleViolation("planning.rule.already-established");
		}
		status = PlanStatus.ESTABLISHED;
		establishedBy = by;
		establishedAt = at;
	}

	/** Opens an established plan for structural change again; the reason goes to the audit log. */
	public void reopen() {
		if (status != PlanStatus.ESTABLISHED) {
			throw new RuleViolation("planning.rule.not-established");
		}
		status = PlanStatus.DRAFT;
		establishedAt = null;
		establishedBy = null;
	}

	/** Refuses structural change of an established plan (409). */
	public void requireOpenForChange() {
		if (status == PlanStatus.ESTABLISHED) {
			throw new RuleViolation("planning.rule.established");
		}
	}

	/** The unit whose scope decides access: the district, or null for the city-wide plan. */
	public UUID scopeUnitId() {
		return districtId;
	}

	public UUID id() {
		return id;
	}

	public PlanScope scope() {
		return scope;
	}

	public UUID districtId() {
		return districtId;
	}

	public int year() {
		return year;
	}

	public PlanStatus status() {
		return status;
	}

	public OffsetDateTime establishedAt() {
		return establishedAt;
	}

	public String establishedBy() {
		return establishedBy;
	}

	public int version() {
		return version;
	}
}
