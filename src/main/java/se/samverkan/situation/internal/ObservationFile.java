package se.samverkan.situation.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.tabular.Decimals;
import se.samverkan.platform.tabular.TabularFileProblem;
import se.samverkan.platform.tabular.TabularFiles;
import se.samverkan.platform.tabular.TabularHeader;
import se.samverkan.platform.tabular.TabularRow;
import se.samverkan.platform.tabular.TabularRows;
import se.samverkan.situation.ImportResult.LineError;
import se.samverkan.situation.NewObservation;
import se.samverkan.situation.Position;

/**
 * A file of observations as people have it: CSV as any tool saves it (comma or semicolon, UTF-8 or
 * Windows-1252, decimal comma in the coordinates) or an Excel workbook, read row by row through
 * the shared tabular reader. The header names API.md's fields (in any case); each row becomes the
 * input the form would send, with every cell that cannot be read named by its column.
 */
public final class ObservationFile {

	public static final List<String> COLUMNS = List.of("occurredAt", "lat", "lon", "placeId", "districtId",
			"categoryCode", "severity", "description", "proposedMeasure", "externalId", "spot");

	static final List<String> REQUIRED = List.of("occurredAt", "categoryCode", "severity");

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** How a date and time with an offset ends: "Z", "+02:00", "-0100". */
	private static final java.util.regex.Pattern WITH_OFFSET = java.util.regex.Pattern.compile("(Z|[+-]\\d{2}:?\\d{2})$",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	/** Hears every row under a good header: its line, the input read from it and its cells' problems. */
	public interface Rows {

		void row(long line, NewObservation input, FieldChecks checks);
	}

	/** How many rows there were under the header, and the line the last one was on. */
	public record Read(long rows, long lastLine) {
	}

	private ObservationFile() {
	}

	/**
	 * Reads the file, adding the header's problems to {@code errors} (line 1; the rows are then not
	 * read). A file that is no table at all (neither CSV nor .xlsx, empty, a broken workbook) is
	 * refused as a whole, naming the field {@code file}; a quote that never ends is an error on its line.
	 */
	public static Read read(Path file, List<LineError> errors, Rows rows) {
		Columns columns = new Columns();
		long[] counted = { 0, 1 };
		try {
			TabularFiles.read(file, new TabularRows() {
				@Override
				public void header(TabularHeader header) {
					columns.take(header, errors);
				}

				@Override
				public void row(TabularRow row) {
					if (!columns.good) {
						return;
					}
					counted[0]++;
					counted[1] = row.line();
					FieldChecks checks = new FieldChecks();
					NewObservation input = columns.parse(row, checks);
					rows.row(row.line(), input, checks);
				}
			});
		}
		catch (TabularFileProblem problem) {
			if (problem.line() > 0) {
				errors.add(new LineError(problem.line(), null, problem.getMessage()));
			}
			else {
				throw InvalidInput.of("file", code(problem.kind()), problem.getMessage());
			}
		}
		return new Read(counted[0], counted[1]);
	}

	private static String code(TabularFileProblem.Kind kind) {
		return switch (kind) {
			case NOT_A_TABLE -> "type";
			case EMPTY -> "empty";
			case BROKEN -> "format";
		};
	}

	/** Where each known column is, found from the header. */
	private static final class Columns {

		private final int[] index = new int[COLUMNS.size()];

		private int width;

		private final List<Integer> unnamed = new ArrayList<>();

		private boolean good;

		void take(TabularHeader header, List<LineError> errors) {
			int before = errors.size();
			List<String> unknown = header.unknown(COLUMNS).stream().filter(name -> !name.isBlank()).toList();
			if (!unknown.isEmpty()) {
				errors.add(new LineError(1, null, "Okända kolumner: " + String.join(", ", unknown) + ". Tillåtna: "
						+ String.join(", ", COLUMNS) + "."));
			}
			for (String required : header.missing(REQUIRED)) {
				errors.add(new LineError(1, required, "Kolumnen " + required + " saknas."));
			}
			Set<String> seen = new HashSet<>();
			for (String name : header.names()) {
				if (!name.isBlank() && !seen.add(name.toLowerCase(Locale.ROOT))) {
					errors.add(new LineError(1, name, "Kolumnen " + name + " finns två gånger."));
				}
			}
			for (int i = 0; i < COLUMNS.size(); i++) {
				index[i] = header.index(COLUMNS.get(i));
			}
			width = header.names().size();
			for (int i = 0; i < width; i++) {
				if (header.names().get(i).isBlank()) {
					unnamed.add(i);
				}
			}
			good = errors.size() == before;
		}

		NewObservation parse(TabularRow row, FieldChecks checks) {
			if (row.cells().size() > width
					&& row.cells().subList(width, row.cells().size()).stream().anyMatch(cell -> !cell.isBlank())) {
				checks.problem("line", "columns", "Raden har fler fält än rubrikraden.");
			}
			for (int column : unnamed) {
				if (!row.cell(column).isBlank()) {
					checks.problem("line", "columns", "Raden har ett värde i kolumn " + (column + 1) + ", som saknar rubrik.");
				}
			}
			return new NewObservation(dateTime(text(row, "occurredAt"), checks),
					new Position(coordinate(row, "lat", checks), coordinate(row, "lon", checks)), uuid(row, "placeId", checks),
					uuid(row, "districtId", checks), FieldChecks.clean(text(row, "categoryCode")),
					integer(row, "severity", checks), text(row, "description"), text(row, "proposedMeasure"),
					FieldChecks.clean(text(row, "externalId")), text(row, "spot"));
		}

		/** The cell's text, or null where the file has no such column. */
		private String text(TabularRow row, String column) {
			int at = index[COLUMNS.indexOf(column)];
			return at < 0 ? null : row.cell(at);
		}

		private Double coordinate(TabularRow row, String column, FieldChecks checks) {
			String text = FieldChecks.clean(text(row, column));
			if (text == null) {
				return null;
			}
			BigDecimal number = Decimals.parse(text);
			if (number == null) {
				checks.problem(column, "format", column + " är inte ett tal: " + text);
				return null;
			}
			return number.doubleValue();
		}

		private Integer integer(TabularRow row, String column, FieldChecks checks) {
			String text = FieldChecks.clean(text(row, column));
			if (text == null) {
				return null;
			}
			BigDecimal number = Decimals.parse(text);
			try {
				if (number == null) {
					throw new ArithmeticException();
				}
				return number.stripTrailingZeros().intValueExact();
			}
			catch (ArithmeticException ex) {
				checks.problem(column, "format", column + " är inte ett heltal: " + text);
				return null;
			}
		}

		private UUID uuid(TabularRow row, String column, FieldChecks checks) {
			String text = FieldChecks.clean(text(row, column));
			if (text == null) {
				return null;
			}
			try {
				return UUID.fromString(text);
			}
			catch (IllegalArgumentException ex) {
				checks.problem(column, "format", column + " är inget giltigt id: " + text);
				return null;
			}
		}
	}

	/**
	 * ISO with an offset, or a local date and time in Stockholm ("2025-04-03 21:30", as Excel saves
	 * it). The form the text looks like is tried first, so a file of one form throws no exception a row.
	 */
	static OffsetDateTime dateTime(String text, FieldChecks checks) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		boolean offset = WITH_OFFSET.matcher(trimmed).find();
		try {
			return offset ? OffsetDateTime.parse(trimmed) : local(trimmed);
		}
		catch (DateTimeParseException ex) {
			try {
				return offset ? local(trimmed) : OffsetDateTime.parse(trimmed);
			}
			catch (DateTimeParseException again) {
				checks.problem("occurredAt", "format",
						"occurredAt ska vara datum och klockslag, t.ex. 2025-04-03 21:30 eller 2025-04-03T21:30:00+02:00.");
				return null;
			}
		}
	}

	private static OffsetDateTime local(String text) {
		return LocalDateTime.parse(text.replace(' ', 'T')).atZone(STOCKHOLM).toOffsetDateTime();
	}
}
