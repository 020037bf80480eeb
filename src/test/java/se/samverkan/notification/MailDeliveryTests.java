package se.samverkan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import se.samverkan.followup.FollowupFixtures;
import se.samverkan.support.ApiTest;

/**
 * E-mail through SMTP: a local GreenMail server receives what {@link MailDelivery} sends through
 * Spring's mail support, configured as {@code SPRING_MAIL_HOST} would configure it.
 */
class MailDeliveryTests extends ApiTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationCenter center;

	@Autowired
	MailDelivery applicationDelivery;

	@Autowired
	MessageSource messages;

	private FollowupFixtures given;

	@BeforeEach
	void setUp() {
		given = new FollowupFixtures(api, jdbc);
		given.removeAll();
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	private MailDelivery deliveryThroughGreenMail() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(ServerSetupTest.SMTP.getPort());
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		return new MailDelivery(notifications, beans.getBeanProvider(JavaMailSender.class), messages,
				"samverkan@stockholm.example", "https://samverkan.example");
	}

	@Test
	void mailIsOffUnlessSmtpIsConfigured() {
		assertThat(applicationDelivery.enabled()).isFalse();
		assertThat(applicationDelivery.send(10)).isZero();
	}

	@Test
	void aNoticeReachesTheUsersMailboxOnceWhenTheyAskedForEmail() throws Exception {
		jdbc.sql("INSERT INTO notification_preference (username, email, email_enabled) VALUES (?, ?, TRUE)")
			.params("styrgrupp.sodermalm", "styrgrupp@sodermalm.example")
			.update();
		jdbc.sql("INSERT INTO notification_preference (username, email, email_enabled) VALUES (?, ?, FALSE)")
			.params("lasare", "lasare@stockholm.example")
			.update();
		center.notify(List.of("styrgrupp.sodermalm", "lasare"), NotificationType.COMPILATION_PUBLISHED,
				"notification.compilation-published", List.of("2026"), "/compilations/x", "test-mail");
		MailDelivery delivery = deliveryThroughGreenMail();
		assertThat(delivery.send(10)).isEqualTo(1);
		assertThat(delivery.send(10)).isZero();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("styrgrupp@sodermalm.example");
		assertThat(received[0].getSubject()).isEqualTo("Samverkan: Årssammanställningen för 2026 är publicerad.");
		assertThat(GreenMailUtil.getBody(received[0])).contains("https://samverkan.example/compilations/x");
	}
}
