package se.samverkan.situation;

/**
 * A fixed grid of cells about 250 m on each side at Stockholm's latitude (59.3° N): 250 m is
 * 0.002246° of latitude and 0.004400° of longitude there. Cells are counted, ranked and drawn as
 * hotspots; fixed cells make counts comparable between periods.
 */
public final class HotspotGrid {

	static final double CELL_LAT = 0.002246;

	static final double CELL_LON = 0.004400;

	private HotspotGrid() {
	}

	public static int cellX(double lon) {
		return (int) Math.floor(lon / CELL_LON);
	}

	public static int cellY(double lat) {
		return (int) Math.floor(lat / CELL_LAT);
	}

	public static double centreLat(int cellY) {
		return (cellY + 0.5) * CELL_LAT;
	}

	public static double centreLon(int cellX) {
		return (cellX + 0.5) * CELL_LON;
	}
}
