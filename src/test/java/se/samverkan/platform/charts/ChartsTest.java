package se.samverkan.platform.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartsTest {

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void aLineChartPlacesThePointsAndTheReferenceLinesOnOneScale() {
		LineChart chart = LineChart.of(List.of(new LineChart.Entry("2023", n("20"), true),
				new LineChart.Entry("2024", n("18"), true), new LineChart.Entry("2025", n("16"), false)), n("15"), n("20"),
				340, 190, BigDecimal::toPlainString);
		assertThat(chart.points()).hasSize(3);
		assertThat(chart.points().get(0).x()).isEqualTo(chart.left());
		assertThat(chart.points().get(2).x()).isEqualTo(chart.right());
		assertThat(chart.points().get(0).y()).isLessThan(chart.points().get(2).y());
		assertThat(chart.points().get(0).y()).isEqualTo(chart.baseline().y());
		assertThat(chart.target().y()).isGreaterThan(chart.points().get(2).y());
		assertThat(chart.points().get(2).complete()).isFalse();
		assertThat(chart.path()).startsWith("M").contains(" L");
		assertThat(chart.yTicks().get(0).label()).isEqualTo("0");
		assertThat(chart.summary()).isEqualTo("2023: 20 … 2025: 16");
	}

	@Test
	void barsRunFromZeroAndAMissingValueHasNoBar() {
		BarChart chart = BarChart.of(List.of(new BarChart.Entry("Farsta", n("21"), false),
				new BarChart.Entry("Södermalm", n("10.5"), false), new BarChart.Entry("Bromma", null, false)), 640,
				BigDecimal::toPlainString);
		assertThat(chart.bars().get(0).length()).isGreaterThan(chart.bars().get(1).length());
		assertThat(chart.bars().get(0).x()).isEqualTo(chart.zero());
		assertThat(chart.bars().get(2).missing()).isTrue();
		assertThat(chart.bars().get(2).value()).isEqualTo("–");
	}

	@Test
	void aShadedMapShadesInFiveEqualStepsAndSaysWhereThereIsNoValue() {
		List<ShadedMap.Shape> shapes = List.of(new ShadedMap.Shape("a", "A", "M0 0Z", 1, 1),
				new ShadedMap.Shape("b", "B", "M0 0Z", 1, 1), new ShadedMap.Shape("c", "C", "M0 0Z", 1, 1),
				new ShadedMap.Shape("d", "D", "M0 0Z", 1, 1));
		ShadedMap map = ShadedMap.of(600, 400, shapes, Map.of("a", n("10"), "b", n("20"), "c", n("14")),
				BigDecimal::toPlainString, "inget värde");
		assertThat(map.areas()).extracting(ShadedMap.Area::shade)
			.containsExactly("shade-1", "shade-5", "shade-3", "shade-none");
		assertThat(map.areas().get(3).value()).isEqualTo("inget värde");
		assertThat(map.legend()).hasSize(6);
		assertThat(map.legend().get(0).label()).isEqualTo("10 – 12");
	}
}
