package se.samverkan.situation;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.NotFound;
import se.samverkan.platform.rules.RuleViolation;
import se.samverkan.platform.rules.VersionConflict;

/**
 * A district's coordinators deal with its observations: mark one handled, or forwarded to whoever
 * can act (saying where in the note), or take a status set by mistake back. The overviews count
 * by status from the aggregates, which follow the change in the same transaction.
 */
@Service
public class ObservationHandling {

	static final int NOTE_MAX = 2000;

	private final Observations observations;

	private final AccessPolicy policy;

	private final AuditLog audit;

	ObservationHandling(Observations observations, AccessPolicy policy, AuditLog audit) {
		this.observations = observations;
		this.policy = policy;
		this.audit = audit;
	}

	/** Whether the actor may change the status of the observation (its district and neighbourhood). */
	public boolean mayHandle(Actor actor, Observation observation) {
		return policy.allowsAt(actor, Action.EDIT_LOCAL, observation.districtId(), observation.neighbourhood());
	}

	/**
	 * Changes the status, if the observation is still at {@code version} (409 otherwise, nothing
	 * changed). A note is required when forwarding (where to) and when taking a status back (why).
	 */
	@Transactional
	public Observation changeStatus(Actor actor, UUID id, String status, String note, Integer version) {
		ObservationStatus target = ObservationStatus.parse(status);
		String cleanNote = FieldChecks.clean(note);
		FieldChecks checks = new FieldChecks().required("status", status, "Ange status: NEW, HANDLED eller FORWARDED.")
			.required("version", version, "Skicka med den version du läste.")
			.text("note", note, false, NOTE_MAX);
		if (status != null && target == null) {
			checks.problem("status", "unknown", "Status ska vara NEW, HANDLED eller FORWARDED.");
		}
		if (cleanNote == null && target == ObservationStatus.FORWARDED) {
			checks.problem("note", "required", "Skriv vart iakttagelsen skickades.");
		}
		if (cleanNote == null && target == ObservationStatus.NEW) {
			checks.problem("note", "required", "Skriv varför statusen tas tillbaka.");
		}
		checks.throwIfAny();
		Observation observation = observations.byId(id).orElseThrow(() -> new NotFound("observation", id));
		policy.requireAt(actor, Action.EDIT_LOCAL, observation.districtId(), observation.neighbourhood());
		if (observation.version() != version) {
			throw new VersionConflict("iakttagelsen");
		}
		ObservationStatus current = ObservationStatus.valueOf(observation.status());
		if (!current.mayBecome(target)) {
			throw new RuleViolation("observation.rule.status-change", current.name(), target.name());
		}
		if (!observations.changeStatus(id, version, target.name())) {
			throw new VersionConflict("iakttagelsen");
		}
		observations.recordStatusChange(new Observations.StatusChange(id, current.name(), target.name(), cleanNote,
				actor.username(), OffsetDateTime.now()));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", target.name());
		after.put("note", cleanNote);
		audit.recordChange("CHANGE_STATUS", "Observation", id, observation.districtId(), Map.of("status", current.name()),
				after);
		return observations.byId(id).orElseThrow();
	}
}
