package se.samverkan.platform.tabular;

import java.nio.charset.Charset;

/** What a file turned out to be: CSV in an encoding with a separator, or an Excel workbook. */
public record TabularFormat(Kind kind, Charset encoding, Character separator) {

	public enum Kind {
		CSV, XLSX
	}

	static TabularFormat csv(Charset encoding, char separator) {
		return new TabularFormat(Kind.CSV, encoding, separator);
	}

	static TabularFormat xlsx() {
		return new TabularFormat(Kind.XLSX, null, null);
	}
}
