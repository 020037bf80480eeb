package se.samverkan.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an uploaded table, whatever it is: an Excel workbook (.xlsx, told by its content, not its
 * name) or CSV in any of the separators and encodings people's tools save. An old binary Excel
 * file (.xls) is refused with what to do instead.
 */
public final class TabularFiles {

	static final String NOT_A_TABLE = "Filen är varken CSV eller en Excel-arbetsbok (.xlsx). Spara tabellen som "
			+ "CSV (komma- eller semikolonavgränsad) eller som Excel-arbetsbok och försök igen.";

	/** How much of the start of a file decides whether it is text. */
	private static final int HEAD = 8192;

	private TabularFiles() {
	}

	/**
	 * Hands the header and then every non-blank row to {@code rows}, and says what the file was.
	 * Throws {@link TabularFileProblem} when the file as a whole is not a table it can read.
	 */
	public static TabularFormat read(Path file, TabularRows rows) {
		try {
			byte[] head = head(file, HEAD);
			if (head.length == 0) {
				throw new TabularFileProblem(TabularFileProblem.Kind.EMPTY, 0,
						"Filen är tom: den behöver en rubrikrad med kolumnernas namn.", null);
			}
			if (isZip(head)) {
				return XlsxTables.read(file, rows);
			}
			if (isOldExcel(head)) {
				throw new TabularFileProblem(TabularFileProblem.Kind.NOT_A_TABLE, 0,
						"Filen är en äldre Excel-fil (.xls). Spara den som Excel-arbetsbok (.xlsx) eller som CSV och försök igen.",
						null);
			}
			if (!looksLikeText(head)) {
				throw new TabularFileProblem(TabularFileProblem.Kind.NOT_A_TABLE, 0, NOT_A_TABLE, null);
			}
			return CsvTables.read(file, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * About how many rows under the header the file holds, for a progress bar: a CSV file's line
	 * breaks less the header's (a quoted line break counts too), a workbook's last row less the
	 * header as its sheet states it; 0 when unknown.
	 */
	public static long rowsBelowHeader(Path file) throws IOException {
		byte[] head = head(file, 8);
		if (isZip(head)) {
			return Math.max(0, XlsxTables.lastRow(file) - 1);
		}
		return Math.max(0, lines(file) - 1);
	}

	private static long lines(Path file) throws IOException {
		long lines = 0;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		return lines;
	}

	private static byte[] head(Path file, int length) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(length);
		}
	}

	/**
	 * Whether the start of the file is text a table could be saved as. UTF-16 (with its byte order
	 * mark) is; otherwise a NUL byte, a known binary signature (PDF, PNG, JPEG, GIF, gzip) or more
	 * than one control character in twenty (and more than four) says it is something else. A stray
	 * control character in a cell is left to the importer's own checks.
	 */
	static boolean looksLikeText(byte[] head) {
		java.nio.charset.Charset marked = TextEncodings.byOrderMark(head);
		if (marked != null && marked != java.nio.charset.StandardCharsets.UTF_8) {
			return true;
		}
		if (startsWith(head, "%PDF") || startsWith(head, "\u0089PNG") || startsWith(head, "GIF8")
				|| (head.length >= 3 && head[0] == (byte) 0xFF && head[1] == (byte) 0xD8 && head[2] == (byte) 0xFF)
				|| (head.length >= 2 && head[0] == (byte) 0x1F && head[1] == (byte) 0x8B)) {
			return false;
		}
		int control = 0;
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
			if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				control++;
			}
		}
		return control <= Math.max(4, head.length / 20);
	}

	private static boolean startsWith(byte[] head, String signature) {
		if (head.length < signature.length()) {
			return false;
		}
		for (int i = 0; i < signature.length(); i++) {
			if (head[i] != (byte) signature.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isZip(byte[] head) {
		return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	private static boolean isOldExcel(byte[] head) {
		return head.length >= 4 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF && head[2] == (byte) 0x11
				&& head[3] == (byte) 0xE0;
	}
}
