package se.samverkan.notification;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samverkan.communication.CommunicationAwaitingApproval;

/**
 * Joint communication that awaits a party's approval reaches the people of that party who may give
 * it, once per revision of the text: an edit asks again, one party's approval does not ask the other
 * a second time for the same text.
 */
@Component
class CommunicationNotices {

	private final NotificationCenter center;

	CommunicationNotices(NotificationCenter center) {
		this.center = center;
	}

	@ApplicationModuleListener
	void on(CommunicationAwaitingApproval event) {
		center.notify(event.approvers(), NotificationType.AWAITING_APPROVAL, "notification.awaiting-approval",
				List.of(event.title()), "/communications/" + event.communicationId(),
				"communication-awaiting:" + event.communicationId() + ":" + event.party() + ":" + event.revision());
	}
}
