package se.samverkan.situation;

import java.io.IOException;
import java.io.Writer;

/** One observation as a line of PostgreSQL COPY CSV, in {@link #COLUMNS} order. */
final class CopyRow {

	static final String COLUMNS = Observations.COLUMNS.replace("\n", " ") + ", cell_x, cell_y";

	private CopyRow() {
	}

	/** The COPY statement that reads these lines into {@code table} (the observations, or a table like it). */
	static String copyInto(String table) {
		return "COPY " + table + " (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)";
	}

	static void write(Writer out, Observation o) throws IOException {
		field(out, o.id());
		field(out, o.occurredAt());
		field(out, o.reportedAt());
		field(out, o.reportedBy());
		field(out, o.source());
		field(out, o.lat());
		field(out, o.lon());
		field(out, o.placeId());
		field(out, o.spot());
		field(out, o.districtId());
		field(out, o.neighbourhood());
		field(out, o.categoryCode());
		field(out, o.priorityAreaCode());
		field(out, o.severity());
		field(out, o.description());
		field(out, o.proposedMeasure());
		field(out, o.status());
		field(out, o.externalId());
		field(out, 0);
		field(out, o.lon() == null ? null : HotspotGrid.cellX(o.lon()));
		out.write(o.lat() == null ? "" : String.valueOf(HotspotGrid.cellY(o.lat())));
		out.write('\n');
	}

	private static void field(Writer out, Object value) throws IOException {
		if (value != null) {
			String text = value.toString();
			if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
					|| text.indexOf('\r') >= 0) {
				out.write('"');
				out.write(text.replace("\"", "\"\""));
				out.write('"');
			}
			else {
				out.write(text);
			}
		}
		out.write(',');
	}
}
