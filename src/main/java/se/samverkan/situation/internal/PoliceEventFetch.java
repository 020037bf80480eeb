package se.samverkan.situation.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.situation.PoliceEventImport;

/**
 * Fetches the police's public events on a schedule, from {@code samverkan.police-events.url}
 * (off when empty, the default) every {@code samverkan.police-events.interval}, never more often
 * than every 10 seconds. Across instances only one fetches at a time (an advisory lock).
 */
@Component
public class PoliceEventFetch implements SmartLifecycle {

	static final Duration MINIMUM_INTERVAL = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(PoliceEventFetch.class);

	private final String url;

	private final Duration interval;

	private final TaskScheduler scheduler;

	private final PoliceEventImport importer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private volatile java.util.concurrent.ScheduledFuture<?> task;

	PoliceEventFetch(@Value("${samverkan.police-events.url:}") String url,
			@Value("${samverkan.police-events.interval:PT5M}") Duration interval, TaskScheduler scheduler,
			PoliceEventImport importer, JdbcClient jdbc, TransactionTemplate transactions) {
		this.url = url;
		this.interval = interval.compareTo(MINIMUM_INTERVAL) < 0 ? MINIMUM_INTERVAL : interval;
		if (interval.compareTo(MINIMUM_INTERVAL) < 0) {
			log.warn("samverkan.police-events.interval {} is below the minimum; fetching every {}", interval,
					MINIMUM_INTERVAL);
		}
		this.scheduler = scheduler;
		this.importer = importer;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public Duration interval() {
		return interval;
	}

	public boolean enabled() {
		return url != null && !url.isBlank();
	}

	/** One fetch and import; returns the number of new events, or -1 when another instance fetched. */
	public long fetchOnce() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.header("User-Agent", "Samverkan")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The police events API answered " + response.statusCode());
		}
		var events = JsonMapper.builder().build().readTree(response.body());
		Long imported = transactions.execute(status -> {
			boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('samverkan-police-events'))")
				.query(Boolean.class)
				.single();
			return mine ? importer.importEvents(events).imported() : -1L;
		});
		return imported == null ? -1 : imported;
	}

	@Override
	public void start() {
		if (enabled()) {
			log.info("Fetching police events from {} every {}", url, interval);
			task = scheduler.scheduleWithFixedDelay(() -> {
				try {
					fetchOnce();
				}
				catch (Exception ex) {
					log.warn("Fetching police events failed: {}", ex.getMessage());
				}
			}, interval);
		}
	}

	@Override
	public void stop() {
		if (task != null) {
			task.cancel(false);
			task = null;
		}
	}

	@Override
	public boolean isRunning() {
		return task != null;
	}
}
