package se.samverkan.notification;

import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends notices by e-mail to users who asked for it, through Spring's mail support. Off unless SMTP
 * is configured ({@code SPRING_MAIL_HOST}, with {@code SPRING_MAIL_PORT}, {@code _USERNAME},
 * {@code _PASSWORD}): without it Spring makes no mail sender and nothing is sent. Mail goes out
 * from the inbox (an outbox), so a slow or broken SMTP server never holds a request or loses a
 * notice: what could not be sent is tried again on the next run, for a day.
 */
@Component
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final Notifications notifications;

	private final ObjectProvider<JavaMailSender> senders;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	MailDelivery(Notifications notifications, ObjectProvider<JavaMailSender> senders, MessageSource messages,
			@Value("${samverkan.notifications.mail.from:samverkan@localhost}") String from,
			@Value("${samverkan.notifications.base-url:http://localhost:8080}") String baseUrl) {
		this.notifications = notifications;
		this.senders = senders;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Whether SMTP is configured at all. */
	public boolean enabled() {
		return senders.getIfAvailable() != null;
	}

	@Scheduled(fixedDelayString = "${samverkan.notifications.mail.interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "notification-mail", lockAtMostFor = "PT10M")
	public void sendPending() {
		send(200);
	}

	/** Sends up to {@code limit} pending notices; answers how many went out. */
	public int send(int limit) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (Notifications.Outgoing outgoing : notifications.unmailed(limit)) {
			Notification notice = outgoing.notification();
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(from);
			mail.setTo(outgoing.email());
			String text = messages.getMessage(notice.messageKey(), notice.arguments().toArray(), notice.messageKey(), SWEDISH);
			mail.setSubject("Samverkan: " + (text.length() > 120 ? text.substring(0, 119) + "…" : text));
			mail.setText(text + "\n\n" + (notice.link() == null ? "" : baseUrl + notice.link() + "\n\n")
					+ messages.getMessage("notification.mail.footer", null, "", SWEDISH));
			try {
				sender.send(mail);
				notifications.markMailed(notice.id());
				sent++;
			}
			catch (MailException ex) {
				log.warn("Could not send notice {} by e-mail: {}", notice.id(), ex.getMessage());
				break;
			}
		}
		return sent;
	}
}
