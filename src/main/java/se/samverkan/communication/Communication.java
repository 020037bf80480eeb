package se.samverkan.communication;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import se.samverkan.platform.rules.RuleViolation;

/**
 * A joint communication item. The agreement has the City of Stockholm and Police Region Stockholm
 * communicate jointly on matters that concern both: so an item needs one approval from each party,
 * given by someone who wrote none of its text, and any edit after an approval voids the approvals
 * (they were given to other words). Only an approved item is published; a published item is fixed,
 * and can only be withdrawn, with a reason.
 */
public class Communication {

	/** The parties that approve every item: the two parties of the agreement. */
	public static final List<String> APPROVING_PARTIES = List.of("CITY", "POLICE");

	/** Characters of the plain-text summary kept for lists and the feed. */
	static final int SUMMARY_LENGTH = 280;

	private final UUID id;

	private CommunicationContent content;

	private CommunicationStatus status;

	private final String authorUsername;

	private final String authorParty;

	private final Set<String> writers;

	private final List<Approval> approvals;

	private int revision;

	private final OffsetDateTime createdAt;

	private OffsetDateTime updatedAt;

	private OffsetDateTime publishedAt;

	private String publishedBy;

	private OffsetDateTime withdrawnAt;

	private String withdrawnBy;

	private String withdrawalReason;

	private final int version;

	public Communication(UUID id, CommunicationContent content, CommunicationStatus status, String authorUsername,
			String authorParty, Set<String> writers, List<Approval> approvals, int revision, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, OffsetDateTime publishedAt, String publishedBy, OffsetDateTime withdrawnAt,
			String withdrawnBy, String withdrawalReason, int version) {
		this.id = id;
		this.content = content;
		this.status = status;
		this.authorUsername = authorUsername;
		this.authorParty = authorParty;
		this.writers = new LinkedHashSet<>(writers);
		this.approvals = new ArrayList<>(approvals);
		this.revision = revision;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.withdrawnAt = withdrawnAt;
		this.withdrawnBy = withdrawnBy;
		this.withdrawalReason = withdrawalReason;
		this.version = version;
	}

	/** A new draft by its author. */
	public static Communication draft(CommunicationContent content, String username, String party, OffsetDateTime at) {
		return new Communication(UUID.randomUUID(), content, CommunicationStatus.DRAFT, username, party, Set.of(username),
				List.of(), 1, at, at, null, null, null, null, null, 0);
	}

	/**
	 * Changes the content. The same content again is no edit (false, nothing voided). Otherwise the
	 * standing approvals are voided, the item is a draft again and the editor is one of its writers.
	 */
	public boolean revise(CommunicationContent changed, String username, OffsetDateTime at) {
		if (changed.equals(content)) {
			return false;
		}
		if (status == CommunicationStatus.PUBLISHED || status == CommunicationStatus.WITHDRAWN) {
			throw new RuleViolation("communication.rule.published-is-fixed");
		}
		content = changed;
		approvals.replaceAll(approval -> approval.voided(at));
		status = CommunicationStatus.DRAFT;
		writers.add(username);
		revision++;
		updatedAt = at;
		return true;
	}

	/**
	 * Approves the current text for one party: never by one of its writers, once per party; the
	 * item is APPROVED when every approving party has approved.
	 */
	public void approveFor(String party, String username, String displayName, OffsetDateTime at) {
		if (status == CommunicationStatus.APPROVED) {
			throw new RuleViolation("communication.rule.already-approved");
		}
		if (status != CommunicationStatus.DRAFT) {
			throw new RuleViolation("communication.rule.published-is-fixed");
		}
		if (!APPROVING_PARTIES.contains(party)) {
			throw new RuleViolation("communication.rule.not-a-party");
		}
		if (wrote(username)) {
			throw new RuleViolation("communication.rule.own-text");
		}
		if (standingApprovals().stream().anyMatch(approval -> approval.party().equals(party))) {
			throw new RuleViolation("communication.rule.party-approved", party);
		}
		approvals.add(new Approval(party, username, displayName, at, revision, null));
		if (awaitedParties().isEmpty()) {
			status = CommunicationStatus.APPROVED;
		}
		updatedAt = at;
	}

	/** Publishes an approved item. */
	public void publish(String username, OffsetDateTime at) {
		if (status == CommunicationStatus.PUBLISHED) {
			throw new RuleViolation("communication.rule.already-published");
		}
		if (status != CommunicationStatus.APPROVED) {
			throw new RuleViolation("communication.rule.not-approved");
		}
		status = CommunicationStatus.PUBLISHED;
		publishedAt = at;
		publishedBy = username;
		updatedAt = at;
	}

	/** Takes a published item down; it leaves the public pages and the feeds and stays in the history. */
	public void withdraw(String reason, String username, OffsetDateTime at) {
		if (status != CommunicationStatus.PUBLISHED) {
			throw new RuleViolation("communication.rule.not-published");
		}
		status = CommunicationStatus.WITHDRAWN;
		withdrawalReason = reason;
		withdrawnAt = at;
		withdrawnBy = username;
		updatedAt = at;
	}

	/** Whether the user wrote any of the text (drafted it or edited it). */
	public boolean wrote(String username) {
		return writers.stream().anyMatch(writer -> writer.equalsIgnoreCase(username));
	}

	public List<Approval> standingApprovals() {
		return approvals.stream().filter(Approval::standing).toList();
	}

	/** The approving parties whose approval of the current text is still missing (none once approved). */
	public List<String> awaitedParties() {
		if (status != CommunicationStatus.DRAFT) {
			return List.of();
		}
		Set<String> approved = new LinkedHashSet<>();
		standingApprovals().forEach(approval -> approved.add(approval.party()));
		return APPROVING_PARTIES.stream().filter(party -> !approved.contains(party)).toList();
	}

	/** The user's latest approval of this item, standing or voided. */
	public Optional<Approval> latestApprovalBy(String username) {
		return approvals.stream()
			.filter(approval -> approval.username().equalsIgnoreCase(username))
			.reduce((first, second) -> second);
	}

	/** Whether it is on the public pages and in the feeds. */
	public boolean isPublic() {
		return status == CommunicationStatus.PUBLISHED && content.audience() == Audience.EXTERNAL;
	}

	public String bodyHtml() {
		return FormattedText.html(content.body());
	}

	public String summary() {
		return FormattedText.summary(content.body(), SUMMARY_LENGTH);
	}

	public UUID id() {
		return id;
	}

	public CommunicationContent content() {
		return content;
	}

	public CommunicationStatus status() {
		return status;
	}

	public String authorUsername() {
		return authorUsername;
	}

	public String authorParty() {
		return authorParty;
	}

	public Set<String> writers() {
		return Set.copyOf(writers);
	}

	public List<Approval> approvals() {
		return List.copyOf(approvals);
	}

	public int revision() {
		return revision;
	}

	public OffsetDateTime createdAt() {
		return createdAt;
	}

	public OffsetDateTime updatedAt() {
		return updatedAt;
	}

	public OffsetDateTime publishedAt() {
		return publishedAt;
	}

	public String publishedBy() {
		return publishedBy;
	}

	public OffsetDateTime withdrawnAt() {
		return withdrawnAt;
	}

	public String withdrawnBy() {
		return withdrawnBy;
	}

	public String withdrawalReason() {
		return withdrawalReason;
	}

	public int version() {
		return version;
	}
}
