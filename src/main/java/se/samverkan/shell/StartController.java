package se.samverkan.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.identity.Scope;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;

/** The start page: who you are, what you reach, and what needs you. */
@Controller
class StartController {

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	private final List<AttentionSource> attention;

	StartController(AccessPolicy policy, OrganisationDirectory organisation, List<AttentionSource> attention) {
		this.policy = policy;
		this.organisation = organisation;
		this.attention = attention;
	}

	@GetMapping("/")
	String start(Model model) {
		Actor actor = CurrentActor.get();
		Scope scope = policy.scope(actor, Action.READ);
		model.addAttribute("everything", scope.everything());
		model.addAttribute("districts", scope.everything() ? List.of()
				: organisation.units(scope.unitIds())
					.stream()
					.filter(unit -> unit.type() == UnitType.DISTRICT && unit.validTo() == null)
					.toList());
		List<AttentionItem> items = new ArrayList<>();
		var roles = actor.roles().stream().map(Enum::name).collect(Collectors.toSet());
		attention.forEach(source -> items.addAll(source.itemsFor(actor.username(), roles, scope.unitIdsOrNull())));
		model.addAttribute("attention", items);
		return "shell/start";
	}
}
