package se.samverkan.indicator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Actor;

/**
 * Fetches the Kolada KPIs of the KOLADA indicators for this municipality and the last
 * {@code samverkan.kolada.years} years from {@code samverkan.kolada.base-url} (for example
 * {@code https://api.kolada.se/v3}; off when empty, the default) every
 * {@code samverkan.kolada.interval}, following {@code next_page} on the same host. Across
 * instances one fetches at a time (an advisory lock); the values go through {@link KoladaImport}.
 */
@Component
public class KoladaFetch implements SmartLifecycle {

	static final Duration MINIMUM_INTERVAL = Duration.ofMinutes(1);

	static final int MAX_PAGES = 100;

	private static final Logger log = LoggerFactory.getLogger(KoladaFetch.class);

	private static final Actor SYSTEM = new Actor(null, AuditLog.SYSTEM, "Kolada", null, List.of());

	private final String baseUrl;

	private final Duration interval;

	private final int years;

	private final Indicators indicators;

	private final ValueUnits units;

	private final KoladaImport importer;

	private final TaskScheduler scheduler;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private volatile ScheduledFuture<?> task;

	KoladaFetch(@Value("${samverkan.kolada.base-url:}") String baseUrl,
			@Value("${samverkan.kolada.interval:P1D}") Duration interval, @Value("${samverkan.kolada.years:10}") int years,
			Indicators indicators, ValueUnits units, KoladaImport importer, TaskScheduler scheduler, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
		this.interval = interval.compareTo(MINIMUM_INTERVAL) < 0 ? MINIMUM_INTERVAL : interval;
		this.years = Math.max(1, Math.min(years, 50));
		this.indicators = indicators;
		this.units = units;
		this.importer = importer;
		this.scheduler = scheduler;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public boolean enabled() {
		return !baseUrl.isEmpty();
	}

	/** One fetch and import; null when nothing is configured to fetch or another instance is fetching. */
	public KoladaReport fetchOnce() throws java.io.IOException, InterruptedException {
		if (!enabled()) {
			return null;
		}
		List<String> kpis = indicators.all()
			.stream()
			.filter(indicator -> indicator.source() == IndicatorSource.KOLADA && indicator.sourceRef() != null)
			.map(Indicator::sourceRef)
			.sorted()
			.toList();
		if (kpis.isEmpty()) {
			return null;
		}
		int last = LocalDate.now().getYear() - 1;
		String yearList = IntStream.rangeClosed(last - years + 1, last).mapToObj(String::valueOf).collect(Collectors.joining(","));
		URI first = URI.create(baseUrl + "/data/kpi/" + String.join(",", kpis) + "/municipality/"
				+ units.municipalityCode() + "/year/" + yearList);
		List<JsonNode> pages = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		for (URI next = first; next != null && pages.size() < MAX_PAGES;) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(next)
				.timeout(Duration.ofSeconds(60))
				.header("Accept", "application/json")
				.header("User-Agent", "Samverkan")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Kolada answered " + response.statusCode() + " for " + next);
			}
			JsonNode page = json.readTree(response.body());
			pages.add(page);
			next = nextPage(first, page);
		}
		return transactions.execute(status -> {
			boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('samverkan-kolada'))").query(Boolean.class)
				.single();
			return mine ? importer.importPages(SYSTEM, pages, "fetch " + first.getHost()) : null;
		});
	}

	/** The next page, followed only on the host the base URL names (never elsewhere). */
	static URI nextPage(URI first, JsonNode page) {
		JsonNode next = page.get("next_page");
		if (next == null || next.isNull() || next.asString().isBlank()) {
			return null;
		}
		URI uri = first.resolve(next.asString().strip());
		boolean sameOrigin = java.util.Objects.equals(uri.getScheme(), first.getScheme())
				&& java.util.Objects.equals(uri.getHost(), first.getHost()) && uri.getPort() == first.getPort();
		if (!sameOrigin) {
			log.warn("Kolada's next_page {} leaves {}; not followed", uri, first.getHost());
			return null;
		}
		return uri;
	}

	@Override
	public void start() {
		if (enabled()) {
			log.info("Fetching Kolada KPIs from {} every {}", baseUrl, interval);
			task = scheduler.scheduleWithFixedDelay(() -> {
				try {
					KoladaReport report = fetchOnce();
					if (report != null) {
						log.info("Kolada: {} values imported, {} unchanged, {} unused", report.imported(), report.unchanged(),
								report.skipped() - report.unchanged());
					}
				}
				catch (Exception ex) {
					log.warn("Fetching from Kolada failed: {}", ex.getMessage());
				}
			}, java.time.Instant.now().plus(Duration.ofMinutes(1)), interval);
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
