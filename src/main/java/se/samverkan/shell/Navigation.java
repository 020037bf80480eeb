package se.samverkan.shell;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkan.identity.Actor;
import se.samverkan.identity.Role;

/**
 * The main menu, by role. Each entry is a message key and a path; a module adds its entry here
 * when it gets pages.
 */
@Component
public class Navigation {

	public record Entry(String messageKey, String path) {
	}

	public List<Entry> entriesFor(Actor actor) {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("nav.start", "/"));
		entries.add(new Entry("nav.situation", "/situation"));
		if (!actor.roles().equals(java.util.Set.of(Role.REPORTER))) {
			entries.add(new Entry("nav.agreements", "/agreements"));
			entries.add(new Entry("nav.referrals", "/referrals"));
			entries.add(new Entry("nav.problems", "/problems"));
			entries.add(new Entry("nav.plans", "/plans"));
			entries.add(new Entry("nav.indicators", "/indicators"));
			entries.add(new Entry("nav.reports", "/reports"));
			entries.add(new Entry("nav.compilations", "/compilations"));
			entries.add(new Entry("nav.reporting-status", "/reporting-status"));
			entries.add(new Entry("nav.communications", "/communications"));
		}
		entries.add(new Entry("nav.organisation", "/organisation"));
		if (!actor.roles().equals(java.util.Set.of(Role.REPORTER))) {
			entries.add(new Entry("nav.groups", "/groups"));
		}
		if (actor.has(Role.SYSTEM_ADMIN) || actor.has(Role.CENTRAL_COORDINATOR)) {
			entries.add(new Entry("nav.categories", "/observation-categories"));
		}
		if (actor.has(Role.SYSTEM_ADMIN) || actor.has(Role.CENTRAL_COORDINATOR) || actor.has(Role.LOCAL_COORDINATOR)
				|| actor.has(Role.STEERING_MEMBER)) {
			entries.add(new Entry("nav.audit", "/audit"));
		}
		if (actor.has(Role.SYSTEM_ADMIN) || actor.has(Role.CENTRAL_COORDINATOR)) {
			entries.add(new Entry("nav.users", "/admin/users"));
		}
		entries.add(new Entry("nav.account", "/account"));
		entries.add(new Entry("nav.api", "/swagger-ui.html"));
		return entries;
	}
}
