package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.followup.FollowupFixtures;
import se.samverkan.platform.attention.AttentionItem;
import se.samverkan.support.ApiTest;

class PlanningAttentionTests extends ApiTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private PlanningAttention attention;

	private PlanningFixtures planning;

	@AfterEach
	void cleanUp() {
		if (planning != null) {
			planning.removeAll();
		}
	}

	@Test
	void aLocalCoordinatorIsLedToThisYearsPlanAndItsLateActivitiesAndNobodyElseIs() {
		assumeTrue(TODAY.getDayOfYear() > 2, "an activity of this year can have ended only after the year's first day");
		planning = new PlanningFixtures(api, jdbc);
		planning.removeAll();
		UUID sodermalm = planning.sodermalm();
		UUID plan = FollowupFixtures.id(planning.created("samordnare.sodermalm", "/api/v1/action-plans",
				Map.of("scope", "LOCAL", "districtId", sodermalm, "year", TODAY.getYear())));
		activity(plan, TODAY.minusDays(1));
		activity(plan, TODAY);

		List<AttentionItem> items = attention.itemsFor("samordnare.sodermalm", Set.of("LOCAL_COORDINATOR"),
				Set.of(sodermalm));
		assertThat(items).extracting(AttentionItem::messageKey, AttentionItem::link)
			.containsExactly(tuple("attention.plan.local", "/plans/" + plan),
					tuple("attention.plan.local.late", "/plans/" + plan + "/timeline"));
		assertThat(items.get(1).arguments()[0]).isEqualTo(1L);

		UUID farsta = fixtures.unit("FARSTA");
		assertThat(attention.itemsFor("samordnare.farsta", Set.of("LOCAL_COORDINATOR"), Set.of(farsta))).isEmpty();
		assertThat(attention.itemsFor("lasare", Set.of("VIEWER"), null)).isEmpty();
		assertThat(attention.itemsFor("beredning.stad", Set.of("CENTRAL_COORDINATOR"), null))
			.extracting(AttentionItem::link)
			.doesNotContain("/plans/" + plan);
	}

	private void activity(UUID plan, LocalDate end) {
		Map<String, Object> activity = planning.activity(planning.sodermalm(), List.of());
		activity.put("startDate", TODAY.withDayOfYear(1).toString());
		activity.put("endDate", end.toString());
		planning.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", activity);
	}
}
