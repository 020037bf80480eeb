package se.samverkan.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.tabular.Decimals;

/**
 * The rules for one value, the same whether it comes from the API, a form or a line of a file: a
 * known unit that the indicator's level allows, a period of the indicator's kind, a number of
 * sensible size, an optional state and event count. Each problem names its field.
 */
final class ValueRules {

	/** A checked value, ready to store. {@code state} null: keep or derive it. */
	record Checked(long line, UUID indicatorId, UUID unitId, IndicatorPeriod period, BigDecimal value, Long eventCount,
			ValueState state, String note) {
	}

	static final BigDecimal LIMIT = new BigDecimal("1e15");

	private final ValueUnits.Lookup units;

	ValueRules(ValueUnits.Lookup units) {
		this.units = units;
	}

	/**
	 * Checks the input; problems go to {@code checks} under the names {@code field} gives
	 * ("value" to "[2].value", say); returns null when there were any.
	 */
	Checked check(Indicator indicator, ValueInput input, long line, FieldChecks checks, UnaryOperator<String> field) {
		int before = problems(checks);
		UUID unitId = unit(indicator, input, checks, field);
		IndicatorPeriod period = null;
		try {
			period = IndicatorPeriod.parse(input.period());
			if (period.kind() != indicator.periodKind()) {
				checks.problem(field.apply("period"), "frequency", "Indikatorn mäts per " + kindName(indicator.periodKind())
						+ ": ange perioden som " + example(indicator.periodKind()) + ", inte " + period.code() + ".");
			}
		}
		catch (IllegalArgumentException ex) {
			checks.problem(field.apply("period"), input.period() == null || input.period().isBlank() ? "required" : "format",
					input.period() == null || input.period().isBlank() ? "Perioden måste anges. " + IndicatorPeriod.FORMS
							: "Perioden ”" + input.period().strip() + "” finns inte. " + ex.getMessage());
		}
		BigDecimal value = null;
		if (input.value() == null || input.value().isBlank()) {
			checks.problem(field.apply("value"), "required", "Värdet måste anges.");
		}
		else {
			value = Decimals.parse(input.value());
			if (value == null) {
				checks.problem(field.apply("value"), "number",
						"Värdet ”" + shortened(input.value()) + "” är inte ett tal. Skriv till exempel 21,5 eller 21.5.");
			}
			else if (value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 6) {
				checks.problem(field.apply("value"), "range", "Värdet är för stort eller har fler än sex decimaler.");
				value = null;
			}
		}
		Long eventCount = null;
		if (input.eventCount() != null && !input.eventCount().isBlank()) {
			BigDecimal count = Decimals.parse(input.eventCount());
			if (count == null || count.signum() < 0 || count.stripTrailingZeros().scale() > 0 || count.compareTo(LIMIT) >= 0) {
				checks.problem(field.apply("eventCount"), "number", "Antalet händelser anges som ett heltal, 0 eller mer.");
			}
			else {
				eventCount = count.longValueExact();
			}
		}
		ValueState state = state(input.state(), checks, field);
		checks.text(field.apply("note"), input.note(), false, 2000);
		if (problems(checks) > before) {
			return null;
		}
		return new Checked(line, indicator.id(), unitId, period, value, eventCount, state, FieldChecks.clean(input.note()));
	}

	private UUID unit(Indicator indicator, ValueInput input, FieldChecks checks, UnaryOperator<String> field) {
		boolean byId = input.unitId() != null && !input.unitId().isBlank();
		String code = input.unitCode() == null ? null : input.unitCode().strip();
		if (!byId && (code == null || code.isEmpty() || units.isMunicipality(code))) {
			return null;
		}
		String name = byId ? "unitId" : "unitCode";
		OrganisationalUnit unit;
		if (byId) {
			UUID id;
			try {
				id = UUID.fromString(input.unitId().strip());
			}
			catch (IllegalArgumentException ex) {
				checks.problem(field.apply(name), "invalid", "”" + shortened(input.unitId()) + "” är inget id.");
				return null;
			}
			unit = units.byId(id).orElse(null);
		}
		else {
			unit = units.byCodeOrName(code, indicator.level().unitType()).orElse(null);
		}
		if (unit == null) {
			checks.problem(field.apply(name), "unknown", "Enheten ”" + shortened(byId ? input.unitId() : code)
					+ "” finns inte. Ange en enhets kod (t.ex. SODERMALM) eller " + units.municipalityCode()
					+ " för hela kommunen.");
			return null;
		}
		if (!indicator.level().allows(unit.type())) {
			checks.problem(field.apply(name), "level", unit.name() + " är inte en enhet på indikatorns nivå ("
					+ levelName(indicator.level()) + ").");
			return null;
		}
		return unit.id();
	}

	private static ValueState state(String text, FieldChecks checks, UnaryOperator<String> field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return switch (text.strip().toUpperCase(Locale.ROOT)) {
			case "PRELIMINARY", "PRELIMINÄR", "PRELIMINÄRT" -> ValueState.PRELIMINARY;
			case "APPROVED", "GODKÄND", "GODKÄNT" -> ValueState.APPROVED;
			default -> {
				checks.problem(field.apply("state"), "invalid", "Status anges som PRELIMINARY eller APPROVED.");
				yield null;
			}
		};
	}

	private static int problems(FieldChecks checks) {
		return checks.problems().size();
	}

	static String kindName(PeriodKind kind) {
		return switch (kind) {
			case YEAR -> "år";
			case TERTIAL -> "tertial";
			case QUARTER -> "kvartal";
			case MONTH -> "månad";
		};
	}

	static String example(PeriodKind kind) {
		return switch (kind) {
			case YEAR -> "2025";
			case TERTIAL -> "2025-T1";
			case QUARTER -> "2025-Q2";
			case MONTH -> "2025-05";
		};
	}

	static String levelName(MeasurementLevel level) {
		return switch (level) {
			case MUNICIPALITY -> "hela kommunen";
			case DISTRICT -> "stadsdelsområde";
			case LOCAL_POLICE_AREA -> "lokalpolisområde";
		};
	}

	private static String shortened(String text) {
		String plain = text.strip();
		return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
	}
}
