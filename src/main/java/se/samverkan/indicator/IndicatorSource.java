package se.samverkan.indicator;

/** Where an indicator's values come from. OBSERVATIONS are counted, never typed in. */
public enum IndicatorSource {
	KOLADA, POLICE_STATISTICS, SAFETY_SURVEY, OBSERVATIONS, MANUAL
}
