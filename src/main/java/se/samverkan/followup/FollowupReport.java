package se.samverkan.followup;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.rules.RuleViolation;

/**
 * A follow-up report of an action plan for one period. It is written as a draft, submitted to the
 * local steering group and the beredningsgrupp (the agreement: the local collaboration organisation
 * reports the implementation of its action plan to both), and acknowledged or returned with a
 * comment; a returned report is written again and submitted as its next version. Each submitted
 * version is kept frozen ({@link ReportVersion}).
 */
public class FollowupReport {

	private final UUID id;

	private final UUID planId;

	private final UUID districtId;

	private final ReportPeriod period;

	private ReportStatus status;

	private int edition;

	private Narrative narrative;

	private final Set<String> authors;

	private final String createdBy;

	private final OffsetDateTime createdAt;

	private final int version;

	public FollowupReport(UUID id, UUID planId, UUID districtId, ReportPeriod period, ReportStatus status, int edition,
			Narrative narrative, List<String> authors, String createdBy, OffsetDateTime createdAt, int version) {
		this.id = id;
		this.planId = planId;
		this.districtId = districtId;
		this.period = period;
		this.status = status;
		this.edition = edition;
		this.narrative = narrative;
		this.authors = new LinkedHashSet<>(authors);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.version = version;
	}

	static FollowupReport draft(UUID planId, UUID districtId, ReportPeriod period, String by) {
		return new FollowupReport(UUID.randomUUID(), planId, districtId, period, ReportStatus.DRAFT, 1,
				Narrative.empty(), List.of(by), by, OffsetDateTime.now(), 0);
	}

	/** A new text; a returned report becomes the draft of its next version. */
	void write(Narrative text, String by) {
		requireWritable();
		startNextVersionIfReturned(by);
		narrative = text;
		authors.add(by);
	}

	/** Submits the current version; a report already submitted or acknowledged is refused (409). */
	void submit(String by) {
		requireWritable();
		startNextVersionIfReturned(by);
		authors.add(by);
		status = ReportStatus.SUBMITTED;
	}

	/** The steering group or the beredningsgrupp takes note of the report; never one of its authors. */
	void acknowledge(String by) {
		requireDecidableBy(by);
		status = ReportStatus.ACKNOWLEDGED;
	}

	/** Sends the report back to be written again; a comment saying why is required (400). */
	void returnWith(String by, String comment) {
		if (comment == null || comment.isBlank()) {
			throw InvalidInput.of("comment", "required", "Skriv varför rapporten skickas tillbaka.");
		}
		requireDecidableBy(by);
		status = ReportStatus.RETURNED;
	}

	private void requireWritable() {
		if (status == ReportStatus.SUBMITTED) {
			throw new RuleViolation("followup.rule.submitted");
		}
		if (status == ReportStatus.ACKNOWLEDGED) {
			throw new RuleViolation("followup.rule.acknowledged");
		}
	}

	private void requireDecidableBy(String by) {
		if (status != ReportStatus.SUBMITTED) {
			throw new RuleViolation("followup.rule.not-submitted");
		}
		if (authors.contains(by)) {
			throw new RuleViolation("followup.rule.own-report");
		}
	}

	private void startNextVersionIfReturned(String by) {
		if (status == ReportStatus.RETURNED) {
			status = ReportStatus.DRAFT;
			edition++;
			authors.clear();
			authors.add(by);
		}
	}

	/** Whether the user wrote the version now in the report (and so may not decide on it). */
	public boolean isAuthor(String username) {
		return authors.contains(username);
	}

	public UUID id() {
		return id;
	}

	public UUID planId() {
		return planId;
	}

	/** The plan's district; null for the city-wide plan's report. */
	public UUID districtId() {
		return districtId;
	}

	public ReportPeriod period() {
		return period;
	}

	public ReportStatus status() {
		return status;
	}

	/** The version being written, or last submitted: 1, then 2 after a return, and so on. */
	public int edition() {
		return edition;
	}

	public Narrative narrative() {
		return narrative;
	}

	public List<String> authors() {
		return List.copyOf(authors);
	}

	public String createdBy() {
		return createdBy;
	}

	public OffsetDateTime createdAt() {
		return createdAt;
	}

	public int version() {
		return version;
	}
}
