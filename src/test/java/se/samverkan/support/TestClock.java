package se.samverkan.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import se.samverkan.platform.time.TimeConfiguration;

/**
 * The application's clock in tests: the real time in Stockholm until a test fixes it
 * ({@link #fixAt}), so tests of due dates, late activities and the year's turn do not depend on
 * the day they run. {@link ApiTest} and {@link BrowserTest} put it back after each test.
 */
@Component
@Primary
public class TestClock extends Clock {

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	/** Stops the clock at this moment in Stockholm, e.g. {@code fixAt("2026-05-01T12:00")}. */
	public void fixAt(String stockholmDateTime) {
		fixed.set(ZonedDateTime.of(java.time.LocalDateTime.parse(stockholmDateTime), getZone()).toInstant());
	}

	public void fixAt(Instant instant) {
		fixed.set(instant);
	}

	/** Back to the real time. */
	public void reset() {
		fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return TimeConfiguration.STOCKHOLM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant instant = fixed.get();
		return instant != null ? instant : Instant.now();
	}
}
