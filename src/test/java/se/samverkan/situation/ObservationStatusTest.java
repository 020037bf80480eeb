package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObservationStatusTest {

	@Test
	void aNewObservationIsHandledOrForwarded() {
		assertThat(ObservationStatus.NEW.next()).containsExactlyInAnyOrder(ObservationStatus.HANDLED, ObservationStatus.FORWARDED);
	}

	@Test
	void aForwardedObservationCanStillBeHandledAndAMistakeTakenBack() {
		assertThat(ObservationStatus.FORWARDED.mayBecome(ObservationStatus.HANDLED)).isTrue();
		assertThat(ObservationStatus.FORWARDED.mayBecome(ObservationStatus.NEW)).isTrue();
		assertThat(ObservationStatus.HANDLED.mayBecome(ObservationStatus.NEW)).isTrue();
	}

	@Test
	void refusesChangesThatMeanNothingOrSkipBack() {
		assertThat(ObservationStatus.NEW.mayBecome(ObservationStatus.NEW)).isFalse();
		assertThat(ObservationStatus.HANDLED.mayBecome(ObservationStatus.FORWARDED)).isFalse();
		assertThat(ObservationStatus.HANDLED.mayBecome(ObservationStatus.HANDLED)).isFalse();
		assertThat(ObservationStatus.parse("DONE")).isNull();
	}
}
