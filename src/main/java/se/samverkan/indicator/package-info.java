/**
 * Indicators: shared measurable indicators tied to the priority areas (the agreement's "relevant
 * data sources including indicators linked to the priority areas"), their values per unit and
 * period with source and approval, the Kolada and CSV imports, trends and comparisons. Values of
 * indicators counted from observations come from the situation module when read, through
 * {@link se.samverkan.indicator.ObservationCounts}; goals name indicators through
 * {@link se.samverkan.indicator.IndicatorTargets}. So this module depends on neither.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicator")
package se.samverkan.indicator;
