package se.samverkan.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may want to do, and the roles that may do it (DESIGN.md, "Users"). Whether the role
 * reaches the unit in question is the scope half of the decision, in {@link AccessPolicy}.
 */
public enum Action {

	/** Read business data of a unit. */
	READ(EnumSet.of(Role.SYSTEM_ADMIN, Role.CENTRAL_COORDINATOR, Role.LOCAL_COORDINATOR, Role.STEERING_MEMBER,
			Role.COMMUNICATOR, Role.VIEWER)),
	/** Edit a district's situation picture, analyses, action plan and reports. */
	EDIT_LOCAL(EnumSet.of(Role.LOCAL_COORDINATOR)),
	/** Edit the city-wide plan, agreements, referral rounds and the yearly compilation. */
	EDIT_CITY_WIDE(EnumSet.of(Role.CENTRAL_COORDINATOR)),
	/** Establish situation pictures and plans; acknowledge or return reports. */
	STEER(EnumSet.of(Role.STEERING_MEMBER, Role.CENTRAL_COORDINATOR)),
	/** Sign a district's local agreement for one's own party. */
	SIGN_LOCAL_AGREEMENT(EnumSet.of(Role.LOCAL_COORDINATOR, Role.STEERING_MEMBER)),
	/** Record a referral response on behalf of a recipient unit. */
	RESPOND_TO_REFERRAL(EnumSet.of(Role.LOCAL_COORDINATOR, Role.STEERING_MEMBER, Role.CENTRAL_COORDINATOR)),
	/** File observations. */
	REPORT_OBSERVATION(EnumSet.of(Role.REPORTER, Role.LOCAL_COORDINATOR)),
	/**
	 * Draft, approve (for one's own party), publish and withdraw joint communication: communicators and
	 * central coordinators of either party, and a district's coordinators for its local items.
	 */
	COMMUNICATE(EnumSet.of(Role.COMMUNICATOR, Role.CENTRAL_COORDINATOR, Role.LOCAL_COORDINATOR)),
	/** Users, roles, reference data. */
	ADMINISTER(EnumSet.of(Role.SYSTEM_ADMIN)),
	/** Read the audit log. */
	READ_AUDIT(EnumSet.of(Role.SYSTEM_ADMIN, Role.CENTRAL_COORDINATOR, Role.LOCAL_COORDINATOR, Role.STEERING_MEMBER));

	private final Set<Role> roles;

	Action(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean allows(Role role) {
		return roles.contains(role);
	}
}
