package se.samverkan.situation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class DistrictMapTest {

	static final GeometryFactory WGS84 = new GeometryFactory();

	@Test
	void shadesCountsInWholeNumberStepsUpToTheLargest() {
		assertThat(DistrictMap.steps(1000, false)).containsExactly(200.0, 400.0, 600.0, 800.0, 1000.0);
		assertThat(DistrictMap.steps(3, false)).containsExactly(1.0, 2.0, 3.0);
		List<Double> steps = DistrictMap.steps(1000, false);
		assertThat(DistrictMap.shade(0.0, steps)).isZero();
		assertThat(DistrictMap.shade(1.0, steps)).isEqualTo(1);
		assertThat(DistrictMap.shade(200.0, steps)).isEqualTo(1);
		assertThat(DistrictMap.shade(201.0, steps)).isEqualTo(2);
		assertThat(DistrictMap.shade(1000.0, steps)).isEqualTo(5);
		assertThat(DistrictMap.shade(null, steps)).as("no figure").isEqualTo(-1);
	}

	@Test
	void drawsEachDistrictAsALinkedPathWithItsFigureAndALegend() {
		var square = WGS84.createPolygon(new Coordinate[] { new Coordinate(18.0, 59.3), new Coordinate(18.1, 59.3),
				new Coordinate(18.1, 59.4), new Coordinate(18.0, 59.4), new Coordinate(18.0, 59.3) });
		var next = WGS84.createPolygon(new Coordinate[] { new Coordinate(18.1, 59.3), new Coordinate(18.2, 59.3),
				new Coordinate(18.2, 59.4), new Coordinate(18.1, 59.4), new Coordinate(18.1, 59.3) });
		DistrictMap map = DistrictMap.of(List.of(new DistrictMap.Input("A", square, 10.0, "10", "/a", "A: 10"),
				new DistrictMap.Input("B", next, 0.0, "0", "/b", "B: 0")), false);
		assertThat(map.areas()).extracting(DistrictMap.Area::name).containsExactly("A", "B");
		assertThat(map.areas().get(0).path()).startsWith("M1 ").endsWith("Z");
		assertThat(map.areas().get(0).shadeClass()).isEqualTo("shade-5");
		assertThat(map.areas().get(1).shadeClass()).isEqualTo("shade-0");
		assertThat(map.width()).isEqualTo(DistrictMap.WIDTH);
		// The map keeps the city's shape: 0.2° of longitude is about as wide as 0.1° of latitude is high here.
		assertThat(map.height()).isBetween(map.width() * 9 / 10, map.width() * 11 / 10);
		assertThat(map.legend()).extracting(DistrictMap.Step::to).containsExactly("0", "2", "4", "6", "8", "10");
	}
}
