package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IndicatorPeriodTest {

	@Test
	void readsYearsTertialsQuartersAndMonthsWithTheirDates() {
		assertThat(IndicatorPeriod.parse("2025")).extracting(IndicatorPeriod::kind, IndicatorPeriod::start, IndicatorPeriod::end)
			.containsExactly(PeriodKind.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(IndicatorPeriod.parse("2025-T2")).extracting(IndicatorPeriod::start, IndicatorPeriod::end)
			.containsExactly(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 31));
		assertThat(IndicatorPeriod.parse(" 2025-Q4 ")).extracting(IndicatorPeriod::code, IndicatorPeriod::end)
			.containsExactly("2025-Q4", LocalDate.of(2025, 12, 31));
		assertThat(IndicatorPeriod.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void refusesUnknownAndImpossibleFormsSayingWhy() {
		assertThatThrownBy(() -> IndicatorPeriod.parse("2025-T4")).hasMessageContaining("T1, T2 och T3");
		assertThatThrownBy(() -> IndicatorPeriod.parse("2025-Q5")).hasMessageContaining("fyra kvartal");
		assertThatThrownBy(() -> IndicatorPeriod.parse("2025-13")).hasMessageContaining("01–12");
		assertThatThrownBy(() -> IndicatorPeriod.parse("2025-5")).hasMessageContaining("två siffror");
		assertThatThrownBy(() -> IndicatorPeriod.parse("T1 2025")).hasMessageContaining("2025-T1");
		assertThatThrownBy(() -> IndicatorPeriod.parse("1850")).hasMessageContaining("1900");
		assertThatThrownBy(() -> IndicatorPeriod.parse(null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void stepsAndOrdersAcrossYears() {
		assertThat(IndicatorPeriod.parse("2025-T1").previous().code()).isEqualTo("2024-T3");
		assertThat(IndicatorPeriod.parse("2024-12").next().code()).isEqualTo("2025-01");
		assertThat(IndicatorPeriod.between(PeriodKind.TERTIAL, LocalDate.of(2024, 12, 1), LocalDate.of(2025, 5, 2)))
			.extracting(IndicatorPeriod::code)
			.containsExactly("2024-T3", "2025-T1", "2025-T2");
		assertThat(IndicatorPeriod.parse("2025")).isLessThan(IndicatorPeriod.parse("2025-01"));
		assertThat(IndicatorPeriod.parse("2025-05").within(IndicatorPeriod.parse("2025-T2"))).isTrue();
	}

	@Test
	void aDirectionSaysWhichWayIsBetter() {
		assertThat(Direction.LOWER_IS_BETTER.better(new BigDecimal("20"), new BigDecimal("16"))).isTrue();
		assertThat(Direction.HIGHER_IS_BETTER.better(new BigDecimal("20"), new BigDecimal("16"))).isFalse();
		assertThat(Direction.NEUTRAL.better(new BigDecimal("20"), new BigDecimal("16"))).isNull();
		assertThat(Direction.LOWER_IS_BETTER.better(new BigDecimal("20"), new BigDecimal("20.0"))).isNull();
	}
}
