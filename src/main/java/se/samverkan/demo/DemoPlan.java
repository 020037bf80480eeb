package se.samverkan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import se.samverkan.agreement.NotAddressed;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.analysis.Cause;
import se.samverkan.governance.DecisionInput;
import se.samverkan.identity.Actor;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.Activity;
import se.samverkan.planning.ActivityInput;
import se.samverkan.planning.Goal;
import se.samverkan.planning.GoalInput;
import se.samverkan.planning.PlanManagement;
import se.samverkan.planning.ProgressInput;

/** Södermalm's action plan for this year: goals, activities on the causes, and their progress so far. */
final class DemoPlan {

	private DemoPlan() {
	}

	/** One activity: title, what, how, party, prevention level and type, horizon, problem and cause, progress. */
	private record Planned(String title, String what, String how, String party, String level, String type,
			String horizon, int problem, int cause, String[][] progress) {
	}

	private static final List<Planned> ACTIVITIES = List.of(
			new Planned("Ny belysning i Medborgarplatsens park", "Byta och komplettera belysningen i parken",
					"Trafikkontoret byter armaturer efter trygghetsvandringen", "CITY", "UNIVERSAL", "SITUATIONAL",
					"SHORT_TERM", 0, 0, new String[][] { { "ONGOING", "GREEN", "Armaturerna beställda" },
							{ "DONE", "GREEN", "Belysningen är bytt i hela parken" } }),
			new Planned("Trygghetsvandringar kring Medborgarplatsen", "Vandringar med boende och fastighetsägare",
					"En vandring i månaden kvällstid, brister felanmäls", "JOINT", "UNIVERSAL", "SITUATIONAL",
					"SHORT_TERM", 0, 1, new String[][] { { "ONGOING", "GREEN", "Fyra vandringar gjorda" } }),
			new Planned("Fältassistenter fredag och lördag kväll", "Fältassistenter där grupperna samlas",
					"Två fältassistenter kl 18–01 fredag och lördag", "CITY", "SELECTIVE", "SOCIAL", "SHORT_TERM", 0, 2,
					new String[][] { { "ONGOING", "YELLOW", "Bemanningen räcker bara varannan helg" } }),
			new Planned("Kvällsöppen fritidsgård", "Fritidsgården öppen till kl 23 fredagar",
					"Förlängda öppettider och uppsökande arbete", "CITY", "SELECTIVE", "SOCIAL", "LONG_TERM", 1, 1,
					new String[][] { { "POSTPONED", "RED", "Skjuts till hösten: lokalen renoveras" } }),
			new Planned("Föräldravandringar vid Skanstull", "Vuxna ute sena kvällar",
					"Föräldraföreningen och polisen vandrar tillsammans", "JOINT", "UNIVERSAL", "SOCIAL", "SHORT_TERM",
					1, 0, new String[][] { { "ONGOING", "GREEN", "Tolv föräldrar med i schemat" } }),
			new Planned("Orosanmälningar och SSPF-samverkan", "Tidiga insatser för unga som rekryteras",
					"Skola, socialtjänst, polis och fritid (SSPF) möts varannan vecka", "JOINT", "INDICATED", "SOCIAL",
					"LONG_TERM", 1, 2, new String[][] { { "ONGOING", "GREEN", "Åtta unga har fått insats" } }),
			new Planned("Klottersanering inom 24 timmar", "Snabb sanering kring Slussen",
					"Avtal med saneringsföretaget om 24-timmarsgaranti", "CITY", "UNIVERSAL", "SITUATIONAL",
					"SHORT_TERM", 2, 0, new String[][] { { "DONE", "GREEN", "Avtalet gäller från mars" } }),
			new Planned("Kameraövervakning vid Slussens byggstängsel", "Pröva kamerabevakning",
					"Polisen ansöker om tillstånd för kamera vid stängslet", "POLICE", "UNIVERSAL", "SITUATIONAL",
					"SHORT_TERM", 2, 1, new String[][] { { "CANCELLED", "RED", "Tillstånd gavs inte" } }),
			new Planned("Riktade kontroller mot klottrare", "Spaning mot återkommande taggar",
					"Lokalpolisområdet spanar helgnätter och samordnar med saneringen", "POLICE", "INDICATED",
					"SITUATIONAL", "SHORT_TERM", 2, 2, new String[][] {}));

	static void plan(PlanManagement plans, Actor city, Actor police, Actor steering, UUID district, LocalDate today,
			List<PriorityArea> areas, List<List<Cause>> causes, List<UUID> saferGoalServes, BiConsumer<String, UUID> record) {
		int year = today.getYear();
		ActionPlan plan = plans.create(city, "LOCAL", district, year);
		record.accept("ACTION_PLAN", plan.id());
		// Each goal belongs to the priority area of the problem its activities act on
		UUID unsafePlaces = DemoAnalysis.area(areas, "UNSAFE_PLACES");
		UUID youngPeople = DemoAnalysis.area(areas, "YOUNG_PEOPLE_AT_RISK");
		Goal safer = plans.addGoal(city, plan.id(), new GoalInput("Färre upplever Medborgarplatsen som otrygg (demo)",
				null, new BigDecimal("42"), String.valueOf(year - 1), new BigDecimal("30"), LocalDate.of(year, 12, 31), unsafePlaces, null,
				saferGoalServes));
		Goal graffiti = plans.addGoal(city, plan.id(), new GoalInput("Klotter saneras inom ett dygn (demo)", null,
				new BigDecimal("35"), String.valueOf(year - 1), new BigDecimal("90"), LocalDate.of(year, 12, 31), unsafePlaces, null));
		Goal young = plans.addGoal(police, plan.id(), new GoalInput("Färre unga rekryteras vid Skanstull (demo)", null,
				new BigDecimal("14"), String.valueOf(year - 1), new BigDecimal("8"), LocalDate.of(year, 12, 31), youngPeople, null));
		List<Goal> goals = List.of(safer, young, graffiti);
		LocalDate start = LocalDate.of(year, 2, 1);
		for (Planned planned : ACTIVITIES) {
			Cause cause = causes.get(planned.problem()).get(planned.cause());
			Activity activity = plans.addActivity(planned.party().equals("POLICE") ? police : city, plan.id(),
					new ActivityInput(planned.title(), planned.what() + " (demo)", planned.how(),
							"Följs upp tertialvis i samverkansgruppen", planned.party(), district,
							"Trygghetssamordnaren", "Lokalpolisområdet, fastighetsägare", null, start,
							LocalDate.of(year, 11, 30), List.of(planned.problem() == 1 ? youngPeople : unsafePlaces),
							List.of(cause.id()), List.of(goals.get(planned.problem()).id()), planned.level(),
							planned.type(), planned.horizon(), null));
			record.accept("ACTIVITY", activity.id());
		}
		List<NotAddressed> reasons = plans.unaddressedAreas(plan)
			.stream()
			.map(area -> new NotAddressed(area.id(), "Området följs i den stadsövergripande handlingsplanen i år; lägesbilden visar inga lokala problem som kräver egna åtgärder (demo)."))
			.toList();
		if (!reasons.isEmpty()) {
			plans.leaveAreas(city, plan.id(), plans.get(city, plan.id()).version(), reasons);
		}
		plans.establish(steering, plan.id(), new DecisionInput(null, "Styrgruppen fastställer åtgärdsplanen (demo).", null));
		List<Activity> activities = plans.activities(plans.get(city, plan.id()));
		for (int i = 0; i < ACTIVITIES.size(); i++) {
			Planned planned = ACTIVITIES.get(i);
			Activity activity = activities.stream().filter(a -> a.content().title().equals(planned.title())).findFirst().orElseThrow();
			LocalDate date = start.plusMonths(2);
			for (String[] update : planned.progress()) {
				LocalDate when = date.isAfter(today) ? today : date;
				plans.reportProgress(planned.party().equals("POLICE") ? police : city, activity.id(),
						new ProgressInput(when, update[0], update[1], update[2] + " (demo)", null));
				date = date.plusMonths(3);
			}
		}
	}
}
