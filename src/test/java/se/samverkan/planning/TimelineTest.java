package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;


class TimelineTest {

	@Test
	void drawsAWholeYearAcrossTheChartAndMarksLateActivities() {
		Activity wholeYear = activity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ActivityStatus.ONGOING);
		Activity lateOne = activity(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), ActivityStatus.ONGOING);
		Activity doneOne = activity(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), ActivityStatus.DONE);
		Timeline timeline = Timeline.of(2026, List.of(wholeYear, lateOne, doneOne), LocalDate.of(2026, 7, 1), Locale.forLanguageTag("sv"));
		assertThat(timeline.bars().get(0).x()).isEqualTo(Timeline.LABEL_WIDTH);
		assertThat(timeline.bars().get(0).width()).isEqualTo(Timeline.CHART_WIDTH);
		assertThat(timeline.bars().get(1).late()).isTrue();
		assertThat(timeline.bars().get(2).late()).isFalse();
		assertThat(timeline.lateCount()).isEqualTo(1);
		assertThat(timeline.todayX()).isBetween(Timeline.LABEL_WIDTH + 325, Timeline.LABEL_WIDTH + 340);
		assertThat(timeline.ticks()).hasSize(12);
	}

	@Test
	void clipsActivitiesThatRunIntoAnotherYearAndOmitsTodayOutsideTheYear() {
		Activity spanning = activity(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 1), ActivityStatus.ONGOING);
		Timeline timeline = Timeline.of(2026, List.of(spanning), LocalDate.of(2027, 1, 10), Locale.forLanguageTag("sv"));
		assertThat(timeline.bars().get(0).x()).isEqualTo(Timeline.LABEL_WIDTH);
		assertThat(timeline.bars().get(0).clipped()).isTrue();
		assertThat(timeline.todayX()).isNull();
	}

	private static Activity activity(LocalDate start, LocalDate end, ActivityStatus status) {
		ActivityContent content = new ActivityContent("Aktivitet", "Vad", "Hur", "Uppföljning", ResponsibleParty.CITY,
				UUID.randomUUID(), null, null, null, start, end, List.of(UUID.randomUUID()), List.of(), List.of(),
				PreventionLevel.UNIVERSAL, PreventionType.SOCIAL, Horizon.SHORT_TERM, null);
		return new Activity(UUID.randomUUID(), UUID.randomUUID(), content, status, null, 0, 0, null, null, 0);
	}
}
