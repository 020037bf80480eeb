package se.samverkan.identity;

/** The roles of DESIGN.md; each is held in a scope (a unit, or the whole municipality). */
public enum Role {
	SYSTEM_ADMIN, CENTRAL_COORDINATOR, LOCAL_COORDINATOR, STEERING_MEMBER, REPORTER, COMMUNICATOR, VIEWER
}
