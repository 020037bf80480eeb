package se.samverkan.support;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every request the tests sent through {@link Api} in this JVM, with the status it got. Surefire
 * runs all test classes in one JVM, so the guard that runs last ({@code EveryOperationIsTestedTests})
 * sees the whole run.
 */
public final class ExchangeLog {

	public record Exchange(String method, String path, int status) {
	}

	private static final ConcurrentLinkedQueue<Exchange> EXCHANGES = new ConcurrentLinkedQueue<>();

	private ExchangeLog() {
	}

	static void record(String method, String path, int status) {
		EXCHANGES.add(new Exchange(method, path, status));
	}

	public static List<Exchange> all() {
		return List.copyOf(EXCHANGES);
	}
}
