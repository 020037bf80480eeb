package se.samverkan.indicator;

import java.util.UUID;

/**
 * The unit a value is for, as shown: {@code id} null is the municipality as a whole, whose code is
 * its municipality code (Stockholm 0180).
 */
public record UnitRef(UUID id, String code, String name) {

	public boolean isMunicipality() {
		return id == null;
	}
}
