package se.samverkan.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.platform.database.DatabaseMode;

/**
 * Values for the demo, so its charts have something to show: made up (a seeded random walk around
 * plausible levels), stored with origin DEMO and marked as demo values wherever they appear. Loaded
 * once, on the embedded default with demo data on only; never on a real installation.
 */
@Component
@Order(18)
class DemoValues implements ApplicationRunner {

	static final String SEED = "demo-values";

	private static final Logger log = LoggerFactory.getLogger(DemoValues.class);

	private final boolean active;

	private final Indicators indicators;

	private final ValueRecording recording;

	private final ValueUnits units;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoValues(@Value("${samverkan.demo-data:true}") boolean requested, DatabaseMode database, Indicators indicators,
			ValueRecording recording, ValueUnits units, JdbcClient jdbc, TransactionTemplate transactions) {
		this.active = requested && database.isEmbedded();
		this.indicators = indicators;
		this.recording = recording;
		this.units = units;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!active) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (!StarterSet.Seeds.claim(jdbc, SEED)) {
				return;
			}
			Random random = new Random(2024);
			int lastYear = LocalDate.now().getYear() - 1;
			List<ValueRules.Checked> values = new ArrayList<>();
			List<Indicator> affected = new ArrayList<>();
			indicators.byKoladaKpi("N07403").ifPresent(indicator -> {
				affected.add(indicator);
				walk(values, indicator, null, lastYear - 9, lastYear, 3, 1350, 60, random);
			});
			indicators.byKoladaKpi("N07540").ifPresent(indicator -> {
				affected.add(indicator);
				walk(values, indicator, null, lastYear - 9, lastYear, 3, 15500, 500, random);
			});
			List<OrganisationalUnit> districts = units.validOn(UnitType.DISTRICT, LocalDate.now());
			indicators.byCode(StarterSet.UNSAFE_EVENING).ifPresent(indicator -> {
				affected.add(indicator);
				for (OrganisationalUnit district : districts) {
					walk(values, indicator, district, 2017, 2023, 3, 8 + random.nextInt(14), 2, random);
				}
			});
			indicators.byCode(StarterSet.POPULATION).ifPresent(indicator -> {
				affected.add(indicator);
				for (OrganisationalUnit district : districts) {
					walk(values, indicator, district, lastYear - 4, lastYear, 1, 60_000 + random.nextInt(90_000), 900, random);
				}
			});
			if (values.isEmpty()) {
				return;
			}
			recording.commit(StarterSet.SYSTEM, recording.stage(StarterSet.SYSTEM, affected, values), IndicatorValue.DEMO);
			log.info("Loaded {} demo indicator values (marked as demo values)", values.size());
		});
	}

	/** Values from {@code from} to {@code to} every {@code step} years; the last preliminary, the rest approved. */
	private static void walk(List<ValueRules.Checked> values, Indicator indicator, OrganisationalUnit unit, int from,
			int to, int step, double level, double spread, Random random) {
		double value = level;
		for (int year = from; year <= to; year += step) {
			value = Math.max(0, value + random.nextGaussian() * spread);
			BigDecimal rounded = BigDecimal.valueOf(value).setScale(level > 1000 ? 0 : 1, RoundingMode.HALF_UP);
			values.add(new ValueRules.Checked(values.size(), indicator.id(), unit == null ? null : unit.id(),
					IndicatorPeriod.parse(String.valueOf(year)), rounded, null,
					year + step > to ? ValueState.PRELIMINARY : ValueState.APPROVED, "Demovärde – inte en verklig siffra"));
		}
	}
}
