package se.samverkan.indicator;

import se.samverkan.organisation.UnitType;

/**
 * The level an indicator is measured at. Values are for units of that level, or for the
 * municipality as a whole (the total a district or police area figure breaks down).
 */
public enum MeasurementLevel {
	MUNICIPALITY(null), DISTRICT(UnitType.DISTRICT), LOCAL_POLICE_AREA(UnitType.LOCAL_POLICE_AREA);

	private final UnitType unitType;

	MeasurementLevel(UnitType unitType) {
		this.unitType = unitType;
	}

	/** The type of unit below the municipality that values are for; null for the municipality only. */
	public UnitType unitType() {
		return unitType;
	}

	public boolean allows(UnitType type) {
		return type == null || type == unitType;
	}
}
