package se.samverkan.indicator.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import se.samverkan.indicator.Indicator;
import se.samverkan.indicator.IndicatorReading;
import se.samverkan.indicator.IndicatorTargets;
import se.samverkan.indicator.IndicatorValue;
import se.samverkan.indicator.UnitRef;
import se.samverkan.indicator.UnitSeries;

/** The JSON shapes of the indicator API. */
final class IndicatorResponses {

	private IndicatorResponses() {
	}

	@Schema(description = "An indicator definition. PUT accepts it back with changes; read-only members are ignored.")
	record IndicatorResponse(UUID id, String code, String name, String unit,
			@Schema(allowableValues = { "LOWER_IS_BETTER", "HIGHER_IS_BETTER", "NEUTRAL" }) String direction,
			@Schema(allowableValues = { "KOLADA", "POLICE_STATISTICS", "SAFETY_SURVEY", "OBSERVATIONS", "MANUAL" }) String source,
			@Schema(description = "The Kolada KPI id (N07403), the survey, or the observation category code") String sourceRef,
			List<UUID> priorityAreaIds,
			@Schema(allowableValues = { "MUNICIPALITY", "DISTRICT", "LOCAL_POLICE_AREA" }) String level,
			@Schema(allowableValues = { "YEARLY", "EVERY_THIRD_YEAR", "TERTIAL", "QUARTERLY", "MONTHLY" }) String frequency,
			@Schema(description = "Periods are of this kind: YEAR 2025, TERTIAL 2025-T1, QUARTER 2025-Q2, MONTH 2025-05") String periodKind,
			@JsonProperty("public") boolean isPublic, String definition, String limitations,
			@Schema(description = "Counted from observations when read; takes no written values") boolean computed,
			String updatedBy, OffsetDateTime updatedAt, int version) {

		static IndicatorResponse of(Indicator i) {
			return new IndicatorResponse(i.id(), i.code(), i.name(), i.unit(), i.direction().name(), i.source().name(),
					i.sourceRef(), i.priorityAreaIds(), i.level().name(), i.frequency().name(), i.periodKind().name(),
					i.isPublic(), i.definition(), i.limitations(), i.computed(), i.updatedBy(), i.updatedAt(), i.version());
		}
	}

	@Schema(description = "A value of an indicator for a unit (unitId null: the municipality as a whole) and period.")
	record ValueResponse(UUID indicatorId, UUID unitId, String unitCode, String unitName, String period,
			String periodKind, BigDecimal value, Long eventCount,
			@Schema(allowableValues = { "PRELIMINARY", "APPROVED", "COMPUTED" }) String state,
			@Schema(description = "How it came in: MANUAL, CSV, KOLADA, REFERENCE, DEMO or OBSERVATIONS") String source,
			@Schema(description = "A demo value, not a real figure (the demo installation only)") boolean demo,
			@Schema(description = "False for a counted value of a period that has not ended") boolean complete,
			String note, String updatedBy, OffsetDateTime updatedAt, String approvedBy, OffsetDateTime approvedAt) {

		static ValueResponse of(IndicatorValue v, UnitRef unit) {
			return new ValueResponse(v.indicatorId(), v.unitId(), unit.code(), unit.name(), v.period().code(),
					v.period().kind().name(), v.value(), v.eventCount(), v.state().name(), v.origin(), v.demo(),
					v.complete(), v.note(), v.updatedBy(), v.updatedAt(), v.approvedBy(), v.approvedAt());
		}
	}

	@Schema(description = "A value as sent to PUT /indicators/{id}/values: the unit by unitId (null: the municipality) or unitCode")
	record ValueRequest(UUID unitId, String unitCode, String period, BigDecimal value,
			@Schema(allowableValues = { "PRELIMINARY", "APPROVED" }) String state, Long eventCount, String note) {
	}

	record PeriodValue(String period, BigDecimal value, String state, boolean demo, boolean complete) {

		static PeriodValue of(IndicatorValue v) {
			return v == null ? null : new PeriodValue(v.period().code(), v.value(), v.state().name(), v.demo(), v.complete());
		}
	}

	record SeriesResponse(UUID unitId, String unitCode, String unitName, List<PeriodValue> values, PeriodValue latest,
			PeriodValue previous, UnitSeries.Baseline baseline, UnitSeries.Target target, BigDecimal changeFromBaseline,
			Boolean betterThanBaseline, Boolean betterThanPrevious) {

		static SeriesResponse of(UnitSeries s) {
			return new SeriesResponse(s.unit().id(), s.unit().code(), s.unit().name(),
					s.values().stream().map(PeriodValue::of).toList(), PeriodValue.of(s.latest()), PeriodValue.of(s.previous()),
					s.baseline(), s.target(), s.changeFromBaseline(), s.betterThanBaseline(), s.betterThanPrevious());
		}
	}

	@Schema(description = "Per unit its values in period order, the baseline and target where a goal names the indicator, and the latest value against the baseline")
	record TrendResponse(UUID indicatorId, String code, String name, String unit, String direction,
			List<SeriesResponse> units, List<IndicatorTargets.Target> goals) {

		static TrendResponse of(IndicatorReading.Trend trend) {
			Indicator i = trend.indicator();
			return new TrendResponse(i.id(), i.code(), i.name(), i.unit(), i.direction().name(),
					trend.units().stream().map(SeriesResponse::of).toList(), trend.goals());
		}
	}

	record RankedResponse(UUID unitId, String unitCode, String unitName, BigDecimal value, String state, Integer rank,
			boolean demo) {
	}

	record ComparedResponse(UUID indicatorId, String code, String name, String unit, String direction,
			List<RankedResponse> units, PeriodValue municipality) {
	}

	@Schema(description = "Every district's (or police area's) value for each indicator in the period, highest first; value null where there is none")
	record ComparisonResponse(String period, List<ComparedResponse> indicators) {

		static ComparisonResponse of(IndicatorReading.Comparison comparison) {
			return new ComparisonResponse(comparison.period().code(), comparison.indicators()
				.stream()
				.map(c -> new ComparedResponse(c.indicator().id(), c.indicator().code(), c.indicator().name(),
						c.indicator().unit(), c.indicator().direction().name(), c.units()
							.stream()
							.map(r -> new RankedResponse(r.unit().id(), r.unit().code(), r.unit().name(),
									r.value() == null ? null : r.value().value(),
									r.value() == null ? null : r.value().state().name(), r.rank(),
									r.value() != null && r.value().demo()))
							.toList(), PeriodValue.of(c.municipality())))
				.toList());
		}
	}

	record Recorded(int changed, int unchanged, List<ValueResponse> items) {
	}

	record ApproveRequest(List<ApproveKey> values) {
	}

	@Schema(description = "A value to approve: the unit (null: the municipality) and period")
	record ApproveKey(UUID unitId, String period) {
	}

	record Approved(int approved, List<ValueResponse> items) {
	}

	@Schema(description = "A public indicator, without sign-in")
	record PublicIndicatorResponse(UUID id, String code, String name, String unit, String direction, String source,
			String sourceRef, List<UUID> priorityAreaIds, String level, String frequency, String definition,
			String limitations) {

		static PublicIndicatorResponse of(Indicator i) {
			return new PublicIndicatorResponse(i.id(), i.code(), i.name(), i.unit(), i.direction().name(),
					i.source().name(), i.sourceRef(), i.priorityAreaIds(), i.level().name(), i.frequency().name(),
					i.definition(), i.limitations());
		}
	}

}
