package se.samverkan.platform.documents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A table of a {@link Document}: typed columns and rows of values. Cells hold {@link String},
 * {@link Number} or {@link LocalDate} (or null), so XLSX gets real numbers and dates, not text.
 */
public record Table(String caption, List<Column> columns, List<List<Object>> rows) implements Document.Block {

	public Table {
		columns = List.copyOf(columns);
		rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
	}

	@Override
	public String kind() {
		return "table";
	}

	/** How a column's cells are written. */
	public enum Type {
		TEXT, INTEGER, DECIMAL, DATE
	}

	public record Column(String heading, Type type) {

		public boolean numeric() {
			return type == Type.INTEGER || type == Type.DECIMAL;
		}
	}

	public static Column text(String heading) {
		return new Column(heading, Type.TEXT);
	}

	public static Column integer(String heading) {
		return new Column(heading, Type.INTEGER);
	}

	public static Column decimal(String heading) {
		return new Column(heading, Type.DECIMAL);
	}

	public static Column date(String heading) {
		return new Column(heading, Type.DATE);
	}

	/** Builds a table row by row. */
	public static Builder of(String caption, Column... columns) {
		return new Builder(caption, Arrays.asList(columns));
	}

	public static final class Builder {

		private final String caption;

		private final List<Column> columns;

		private final List<List<Object>> rows = new ArrayList<>();

		private Builder(String caption, List<Column> columns) {
			this.caption = caption;
			this.columns = columns;
		}

		public Builder row(Object... cells) {
			if (cells.length != columns.size()) {
				throw new IllegalArgumentException("A row of " + caption + " needs " + columns.size() + " cells");
			}
			rows.add(Arrays.asList(cells));
			return this;
		}

		public Table build() {
			return new Table(caption, columns, rows);
		}
	}

	/** A cell as text in the document's language: numbers with its separators, dates as YYYY-MM-DD. */
	public static String format(Object value, Locale locale) {
		if (value == null) {
			return "–";
		}
		if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(2);
			return format.format(value);
		}
		if (value instanceof Number number) {
			return NumberFormat.getIntegerInstance(locale).format(number.longValue());
		}
		return value.toString();
	}
}
