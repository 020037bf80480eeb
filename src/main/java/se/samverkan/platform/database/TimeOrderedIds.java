package se.samverkan.platform.database;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs whose first 48 bits are the creation time in milliseconds (the layout of RFC 9562's
 * version 7), so rows inserted together land next to each other in the primary key index instead
 * of at random places in it. Bulk imports of a million rows depend on that.
 */
public final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private TimeOrderedIds() {
	}

	public static UUID next() {
		long time = System.currentTimeMillis();
		long high = (time << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
		long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}
}
