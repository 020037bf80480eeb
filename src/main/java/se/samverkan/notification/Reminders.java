package se.samverkan.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.Agreements;
import se.samverkan.agreement.RecipientStatus;
import se.samverkan.agreement.ReferralRound;
import se.samverkan.agreement.ReferralRounds;
import se.samverkan.followup.ReportingStatusService;
import se.samverkan.identity.AccessPolicy;
import se.samverkan.identity.Action;
import se.samverkan.identity.Actor;
import se.samverkan.identity.ActorDirectory;
import se.samverkan.identity.Role;
import se.samverkan.planning.CarryOvers;
import se.samverkan.planning.PlanManagement;

/**
 * The daily reminders: a follow-up report due by the reporting calendar, an activity past its end
 * date and not done, a referral answer due within 7 days, an agreement's revision due within 6
 * months. Each goes to those who act on it (the district's coordinators; the central coordinators
 * for city-wide items) and is sent once: its key names the item and the date it is about, so the
 * next run finds it sent. The job runs on one instance at a time (ShedLock).
 */
@Component
public class Reminders {

	static final int REFERRAL_DAYS = 7;

	static final int REVISION_MONTHS = 6;

	private final NotificationCenter center;

	private final ReportingStatusService reporting;

	private final PlanManagement plans;

	private final ReferralRounds referrals;

	private final Agreements agreements;

	private final ActorDirectory actors;

	private final AccessPolicy policy;

	private final Clock clock;

	Reminders(NotificationCenter center, ReportingStatusService reporting, PlanManagement plans,
			ReferralRounds referrals, Agreements agreements, ActorDirectory actors, AccessPolicy policy, Clock clock) {
		this.center = center;
		this.reporting = reporting;
		this.plans = plans;
		this.referrals = referrals;
		this.agreements = agreements;
		this.actors = actors;
		this.policy = policy;
		this.clock = clock;
	}

	@Scheduled(cron = "${samverkan.notifications.reminders.cron:0 0 6 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void sendDaily() {
		send(LocalDate.now(clock));
	}

	/** Sends the reminders due on {@code today}; answers how many notices were new. */
	public int send(LocalDate today) {
		List<Actor> everyone = actors.active();
		int sent = 0;
		for (ReportingStatusService.DueReport due : reporting.dueReports(today)) {
			sent += center.notify(editors(everyone, due.districtId()), NotificationType.REPORT_DUE,
					"notification.report-due", List.of(due.period(), due.dueDate().toString()),
					"/plans/" + due.planId(), "report-due:" + due.planId() + ":" + due.period());
		}
		for (CarryOvers.LateActivity late : plans.lateActivities(today)) {
			sent += center.notify(editors(everyone, late.districtId()), NotificationType.ACTIVITY_LATE,
					"notification.activity-late", List.of(late.title(), late.endDate().toString()),
					"/activities/" + late.activityId(), "activity-late:" + late.activityId() + ":" + late.endDate());
		}
		sent += referrals(everyone, today);
		sent += revisions(everyone, today);
		return sent;
	}

	private int referrals(List<Actor> everyone, LocalDate today) {
		int sent = 0;
		List<ReferralRound> rounds = referrals.all();
		var responses = referrals.responses(rounds.stream().map(ReferralRound::id).toList());
		for (ReferralRound round : rounds) {
			if (today.isAfter(round.dueDate()) || round.dueDate().isAfter(today.plusDays(REFERRAL_DAYS))) {
				continue;
			}
			for (UUID unit : round.recipientUnitIds()) {
				if (round.statusOf(unit, responses.getOrDefault(round.id(), List.of()), today) != RecipientStatus.PENDING) {
					continue;
				}
				Set<String> to = usernames(everyone, actor -> (actor.has(Role.LOCAL_COORDINATOR)
						|| actor.has(Role.STEERING_MEMBER)) && !policy.scope(actor, Action.READ).everything()
						&& policy.allows(actor, Action.RESPOND_TO_REFERRAL, unit));
				sent += center.notify(to, NotificationType.REFERRAL_DUE, "notification.referral-due",
						List.of(round.caseNumber(), round.dueDate().toString()), "/referrals/" + round.id(),
						"referral-due:" + round.id() + ":" + unit);
			}
		}
		return sent;
	}

	private int revisions(List<Actor> everyone, LocalDate today) {
		int sent = 0;
		for (Agreement agreement : agreements.find(null, null, null)) {
			if (agreement.status() != AgreementStatus.SIGNED
					|| agreement.nextRevisionDue().isAfter(today.plusMonths(REVISION_MONTHS))) {
				continue;
			}
			Set<String> to = agreement.kind() == AgreementKind.OVERARCHING ? editors(everyone, null)
					: editors(everyone, agreement.districtId());
			sent += center.notify(to, NotificationType.AGREEMENT_REVISION_DUE, "notification.revision-due",
					List.of(agreement.title(), agreement.nextRevisionDue().toString()), "/agreements/" + agreement.id(),
					"revision-due:" + agreement.id() + ":" + agreement.nextRevisionDue());
		}
		return sent;
	}

	/** Who acts on a district's items (its local coordinators), or on city-wide ones (central coordinators). */
	private Set<String> editors(List<Actor> everyone, UUID districtId) {
		if (districtId == null) {
			return usernames(everyone, actor -> policy.allows(actor, Action.EDIT_CITY_WIDE, null));
		}
		return usernames(everyone, actor -> policy.allows(actor, Action.EDIT_LOCAL, districtId));
	}

	private static Set<String> usernames(List<Actor> everyone, Predicate<Actor> who) {
		Set<String> usernames = new TreeSet<>();
		everyone.stream().filter(who).forEach(actor -> usernames.add(actor.username()));
		return usernames;
	}
}
