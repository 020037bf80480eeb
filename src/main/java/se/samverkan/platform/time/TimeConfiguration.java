package se.samverkan.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock that says what "today" is: in Stockholm, whatever zone the server runs in, so a
 * referral falls due, a plan year turns and an activity becomes late at Stockholm's midnight.
 * Tests replace it to fix the date.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Bean
	Clock clock() {
		return Clock.system(STOCKHOLM);
	}
}
