package se.samverkan.communication;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes approved items on their planned publication date (from the start of that day in
 * Stockholm), checking every minute. Runs on one instance at a time (ShedLock): an instance that
 * finds the lock taken skips the run, and a run that publishes nothing new is harmless.
 */
@Component
public class PlannedPublication {

	private static final Logger log = LoggerFactory.getLogger(PlannedPublication.class);

	public static final String LOCK = "communication-planned-publication";

	private final CommunicationManagement communications;

	PlannedPublication(CommunicationManagement communications) {
		this.communications = communications;
	}

	@Scheduled(cron = "${samverkan.communication.publication-cron:0 * * * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT5S")
	public void publishDue() {
		int published = communications.publishDue(LocalDate.now(CommunicationManagement.STOCKHOLM));
		if (published > 0) {
			log.info("Published {} joint communication item(s) on their planned date", published);
		}
	}
}
