package se.samverkan.bench;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.support.Api;
import se.samverkan.support.Fixtures;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 5's performance figures over real HTTP: a plan of 200 activities (its page and its
 * timeline) and the golden thread of a district-year with 50 problems and 300 causes. Run with
 * {@code ./mvnw -Pbench verify}; prints p50/p95/max, never asserts timing.
 */
@IntegrationTest
class PlanningBenchmark {

	private static final int WARM_UP = 30;

	private static final int RUNS = 200;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	se.samverkan.identity.Accounts accounts;

	@Autowired
	se.samverkan.planning.GoldenThread goldenThread;

	@Autowired
	se.samverkan.planning.PlanManagement plans;

	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM action_plan").update();
		jdbc.sql("DELETE FROM problem").update();
	}

	@Test
	void planPageTimelineAndGoldenThread() throws Exception {
		Fixtures fixtures = new Fixtures(jdbc);
		UUID district = fixtures.unit("SODERMALM");
		List<UUID> areas = fixtures.priorityAreas();
		int year = LocalDate.now().getYear();
		List<UUID> causes = seedProblems(district, areas, 50, 6);
		UUID plan = seedPlan(district, year, areas, causes, 200, 10);

		HttpClient browser = signedIn("samordnare.sodermalm");
		String base = "http://localhost:" + port;
		report("baseline: the start page (session, security, layout; no plan data)", measure(browser, base + "/", null));
		report("plan page, 200 activities", measure(browser, base + "/plans/" + plan, null));
		report("timeline page, 200 activities", measure(browser, base + "/plans/" + plan + "/timeline", null));
		report("golden thread page, 50 problems / 300 causes / 200 activities",
				measure(browser, base + "/golden-thread?districtId=" + district + "&year=" + year, null));
		String token = new Api(port).tokenFor("samordnare.sodermalm");
		HttpClient api = HttpClient.newBuilder().connectTimeout(Api.CONNECT_TIMEOUT).build();
		report("baseline: GET /api/v1/me", measure(api, base + "/api/v1/me", token));
		report("golden thread API, 50 problems / 300 causes / 200 activities",
				measure(api, base + "/api/v1/districts/" + district + "/golden-thread?year=" + year, token));
		report("plan API (GET /api/v1/action-plans/{id}), 200 activities",
				measure(api, base + "/api/v1/action-plans/" + plan, token));

		// In-process, without HTTP, session or rendering: what the services themselves cost.
		var actor = accounts.actorOf(accounts.byUsername("samordnare.sodermalm").orElseThrow());
		report("in-process GoldenThread.of (50 problems / 300 causes / 200 activities)",
				inProcess(() -> goldenThread.of(actor, district, year)));
		report("in-process plan with goals and 200 activities (PlanManagement.get + goals + activities)", inProcess(() -> {
			var found = plans.get(actor, plan);
			plans.goals(found);
			plans.activities(found);
		}));
	}

	private List<UUID> seedProblems(UUID district, List<UUID> areas, int problems, int causesEach) {
		List<UUID> causes = new ArrayList<>();
		for (int p = 0; p < problems; p++) {
			UUID problem = UUID.randomUUID();
			jdbc.sql("""
					INSERT INTO problem (id, district_id, priority_area_id, title, description, created_by)
					VALUES (?, ?, ?, ?, ?, 'bench')""")
				.params(problem, district, areas.get(p % 4), "Problem " + p, "Beskrivning av problem " + p)
				.update();
			UUID parent = null;
			for (int c = 0; c < causesEach; c++) {
				UUID cause = UUID.randomUUID();
				// two top-level causes, each with a chain beneath it
				UUID parentId = c % 3 == 0 ? null : parent;
				jdbc.sql("""
						INSERT INTO cause (id, problem_id, parent_id, text, kind, triangle_side, factor, ordinal)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(cause, problem, parentId, "Orsak " + p + "." + c, parentId == null ? "DIRECT" : "INDIRECT",
							List.of("OFFENDER", "VICTIM", "PLACE", "HANDLER", "GUARDIAN", "MANAGER").get(c % 6),
							c % 4 == 3 ? "PROTECTIVE" : "RISK", c)
					.update();
				parent = cause;
				causes.add(cause);
			}
		}
		return causes;
	}

	private UUID seedPlan(UUID district, int year, List<UUID> areas, List<UUID> causes, int activities, int goals) {
		UUID plan = UUID.randomUUID();
		jdbc.sql("INSERT INTO action_plan (id, scope, district_id, year, status) VALUES (?, 'LOCAL', ?, ?, 'DRAFT')")
			.params(plan, district, year)
			.update();
		List<UUID> goalIds = new ArrayList<>();
		for (int g = 0; g < goals; g++) {
			UUID goal = UUID.randomUUID();
			goalIds.add(goal);
			jdbc.sql("""
					INSERT INTO goal (id, plan_id, title, indicator_id, target_value, target_date, ordinal)
					VALUES (?, ?, ?, ?, 70, ?, ?)""")
				.params(goal, plan, "Mål " + g, g % 2 == 0 ? UUID.randomUUID() : null, LocalDate.of(year, 12, 31), g)
				.update();
		}
		LocalDate first = LocalDate.of(year, 1, 1);
		for (int a = 0; a < activities; a++) {
			UUID activity = UUID.randomUUID();
			LocalDate start = first.plusDays((a * 7L) % 300);
			jdbc.sql("""
					INSERT INTO activity (id, plan_id, title, what, how, follow_up_method, responsible_party,
					       responsible_unit_id, start_date, end_date, prevention_level, prevention_type, horizon,
					       target_count, done_count, status, ordinal)
					VALUES (?, ?, ?, 'Vad', 'Hur', 'Uppföljning', 'JOINT', ?, ?, ?, 'UNIVERSAL', 'SITUATIONAL', 'SHORT_TERM',
					        8, 3, ?, ?)""")
				.params(activity, plan, "Aktivitet nummer " + a + " med en lagom lång rubrik", district, start,
						start.plusDays(30 + a % 60), a % 5 == 0 ? "DONE" : "ONGOING", a)
				.update();
			jdbc.sql("INSERT INTO activity_priority_area (activity_id, priority_area_id) VALUES (?, ?)")
				.params(activity, areas.get(a % 5))
				.update();
			if (a % 10 != 0) {
				jdbc.sql("INSERT INTO activity_cause (activity_id, cause_id) VALUES (?, ?)")
					.params(activity, causes.get((a * 3) % causes.size()))
					.update();
			}
			jdbc.sql("INSERT INTO activity_goal (activity_id, goal_id) VALUES (?, ?)")
				.params(activity, goalIds.get(a % goalIds.size()))
				.update();
		}
		return plan;
	}

	private static long[] inProcess(Runnable work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.run();
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private HttpClient signedIn(String username) throws Exception {
		return HttpTimings.signedIn(port, username);
	}

	private static long[] measure(HttpClient client, String url, String token) throws Exception {
		return HttpTimings.measure(client, url, token);
	}

	private static void report(String what, long[] sorted) {
		HttpTimings.report(what, sorted);
	}
}
