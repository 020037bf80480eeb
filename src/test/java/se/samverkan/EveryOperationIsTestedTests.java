package se.samverkan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.ApiTest;
import se.samverkan.support.ExchangeLog;
import se.samverkan.support.ExchangeLog.Exchange;

/**
 * The guard: every operation in {@code /v3/api-docs} has at least one test that is allowed
 * (2xx or 3xx) and one that is denied (401 or 403). It reads what the tests of this run sent
 * through {@code Api} ({@link ExchangeLog}), so it runs last ({@code junit-platform.properties}
 * orders classes by {@link Order}) and only in a whole run. A 400 or 404 is no denial: it says
 * nothing about who may do what.
 * <p>
 * When an engineer adds an endpoint, this test fails until both tests exist, naming what is missing.
 * To check one's own operations in a targeted run, name their path prefixes:
 * {@code ./mvnw -o test -Dtest='MyApiTests,EveryOperationIsTestedTests' -Dguard.only=/api/v1/things,/api/v1/other}.
 */
@Order(Integer.MAX_VALUE)
class EveryOperationIsTestedTests extends ApiTest {

	/**
	 * Operations open to everyone by the contract (API.md): there is no one to deny. The only
	 * exemptions, each with its reason; they still need an allowed test.
	 */
	static final Map<String, String> OPEN_TO_EVERYONE = Map.of(
			"GET /api/v1/public/indicators", "public by API.md: approved values of public indicators, no sign-in",
			"GET /api/v1/public/indicators/{id}/values", "public by API.md: approved values, small counts withheld, no sign-in",
			"GET /api/v1/public/communications", "public by API.md: published external communication, no sign-in",
			"GET /api/v1/public/communications/{id}", "public by API.md: one published external item, no sign-in");

	@Test
	void everyOperationHasAnAllowedAndADeniedTest() {
		String only = System.getProperty("guard.only");
		Assumptions.assumeTrue(System.getProperty("test") == null || only != null,
				"the guard needs the whole run (./mvnw verify); with -Dtest it would see only some classes"
						+ " (name the paths to check with -Dguard.only=/api/v1/a,/api/v1/b)");
		List<Operation> operations = operations();
		Map<Operation, TreeSet<Integer>> seen = new LinkedHashMap<>();
		operations.forEach(operation -> seen.put(operation, new TreeSet<>()));
		for (Exchange exchange : ExchangeLog.all()) {
			operations.stream()
				.filter(operation -> operation.matches(exchange))
				.max(Comparator.comparingInt(Operation::literalLength))
				.ifPresent(operation -> seen.get(operation).add(exchange.status()));
		}

		List<String> missing = new ArrayList<>();
		seen.forEach((operation, statuses) -> {
			if (only != null && Arrays.stream(only.split(",")).noneMatch(operation.template()::startsWith)) {
				return;
			}
			List<String> lacks = new ArrayList<>();
			if (statuses.stream().noneMatch(status -> status >= 200 && status < 400)) {
				lacks.add("no allowed test (2xx/3xx)");
			}
			if (!OPEN_TO_EVERYONE.containsKey(operation.toString())
					&& statuses.stream().noneMatch(status -> status == 401 || status == 403)) {
				lacks.add("no denied test (401/403)");
			}
			if (!lacks.isEmpty()) {
				missing.add(operation + ": " + String.join(", ", lacks) + "; statuses seen " + statuses);
			}
		});
		assertThat(ExchangeLog.all()).as("requests recorded in this run").hasSizeGreaterThan(only == null ? 100 : 0);
		assertThat(missing).as("%d of %d operations lack a test:%n  %s%n", missing.size(), operations.size(),
				String.join("\n  ", missing)).isEmpty();
	}

	private List<Operation> operations() {
		JsonNode paths = api.unrecorded().get("/v3/api-docs", null).body().get("paths");
		Map<String, Operation> operations = new TreeMap<>();
		for (var path : paths.properties()) {
			for (var method : path.getValue().properties()) {
				Operation operation = new Operation(method.getKey().toUpperCase(), path.getKey());
				operations.put(operation.toString(), operation);
			}
		}
		assertThat(operations).as("operations in /v3/api-docs").isNotEmpty();
		return new ArrayList<>(operations.values());
	}

	/** One method on one path template; a request matches the template with the most literal text. */
	record Operation(String method, String template, Pattern pattern, int literalLength) {

		Operation(String method, String template) {
			this(method, template, Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
					template.replaceAll("\\{[^}]+}", "").length());
		}

		boolean matches(Exchange exchange) {
			return method.equals(exchange.method()) && pattern.matcher(exchange.path()).matches();
		}

		@Override
		public String toString() {
			return method + " " + template;
		}
	}
}
