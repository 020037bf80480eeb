package se.samverkan.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditLog;

/**
 * Writes agreements and referral rounds as they are known from the sources, bypassing the
 * workflow (they were signed and answered outside Samverkan). Used by reference data only, inside
 * its transaction; every record is audited as created by the system.
 */
@Component
public class AgreementSeeding {

	private final Agreements agreements;

	private final ReferralRounds rounds;

	private final AuditLog audit;

	AgreementSeeding(Agreements agreements, ReferralRounds rounds, AuditLog audit) {
		this.agreements = agreements;
		this.rounds = rounds;
		this.audit = audit;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(Agreement agreement, List<PriorityArea> areas) {
		agreements.insert(agreement);
		areas.forEach(area -> agreements.insertPriorityArea(agreement.id(), area));
		Map<String, Object> after = AgreementManagement.snapshot(agreement);
		after.put("priorityAreas", areas.stream().map(PriorityArea::name).toList());
		audit.recordChange("CREATE", "Agreement", agreement.id(), null, null, after);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(ReferralRound round) {
		rounds.insert(round);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("caseNumber", round.caseNumber());
		after.put("dueDate", round.dueDate().toString());
		audit.recordChange("CREATE", "ReferralRound", round.id(), null, null, after);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(ReferralResponse response) {
		rounds.insert(response);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("caseNumber", response.caseNumber());
		after.put("decisionDate", String.valueOf(response.decisionDate()));
		audit.recordChange("CREATE", "ReferralResponse", response.id(), response.unitId(), null, after);
	}
}
