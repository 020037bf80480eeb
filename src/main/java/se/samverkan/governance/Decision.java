package se.samverkan.governance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recorded decision of a steering group (the district's local steering group, or the
 * beredningsgrupp for the city) on a situation picture or an action plan: ESTABLISH, CONFIRM (the
 * other party's confirmation of a joint item) or REOPEN; when the group met, what it decided, who
 * was there, and for which party the recorder acted.
 */
public record Decision(UUID id, String subjectType, UUID subjectId, String kind, UUID groupId, String groupName,
		LocalDate decisionDate, String decisionText, String party, List<Present> present, String recordedBy,
		OffsetDateTime recordedAt) {

	public static final String ESTABLISH = "ESTABLISH";

	public static final String CONFIRM = "CONFIRM";

	public static final String REOPEN = "REOPEN";

	public Decision {
		present = List.copyOf(present);
	}

	/** A member present, with name and party as they were on the day. */
	public record Present(UUID memberId, String name, String party) {
	}
}
