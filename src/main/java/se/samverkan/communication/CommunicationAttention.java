package se.samverkan.communication;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.identity.Accounts;
import se.samverkan.identity.Actor;
import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.platform.attention.AttentionSource;

/**
 * On the start page: the approval queue of the user's party (drafts in their scope that their party
 * has not approved and that they did not write), and their own approved items waiting to be
 * published by hand.
 */
@Component
class CommunicationAttention implements AttentionSource {

	private final CommunicationManagement communications;

	private final Accounts accounts;

	CommunicationAttention(CommunicationManagement communications, Accounts accounts) {
		this.communications = communications;
		this.accounts = accounts;
	}

	@Override
	public List<AttentionItem> itemsFor(String username, Set<String> roles, Set<UUID> scopeUnits) {
		Actor actor = accounts.byUsername(username).map(accounts::actorOf).orElse(null);
		if (actor == null || !communications.mayDraft(actor)) {
			return List.of();
		}
		List<AttentionItem> items = new ArrayList<>();
		communications.approvalQueue(actor)
			.forEach(item -> items.add(new AttentionItem("WARNING", "attention.communication.awaiting",
					new Object[] { item.content().title() }, link(item))));
		communications.readyToPublish(actor)
			.forEach(item -> items.add(new AttentionItem("INFO", "attention.communication.approved",
					new Object[] { item.content().title() }, link(item))));
		return items;
	}

	private static String link(Communication item) {
		return "/communications/" + item.id();
	}
}
