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

	private TabularFiles() {
	}

	/**
	 * Hands the header and then every non-blank row to {@code rows}, and says what the file was.
	 * Throws {@link TabularFileProblem} when the file as a whole is not a table it can read.
	 */
	public static TabularFormat read(Path file, TabularRows rows) {
		try {
			byte[] head = head(file);
			if (head.length == 0) {
				throw new TabularFileProblem(0, "Filen är tom: den behöver en rubrikrad med kolumnernas namn.");
			}
			if (isZip(head)) {
				return XlsxTables.read(file, rows);
			}
			if (isOldExcel(head)) {
				throw new TabularFileProblem(0,
						"Filen är en äldre Excel-fil (.xls). Spara den som Excel-arbetsbok (.xlsx) eller som CSV och försök igen.");
			}
			return CsvTables.read(file, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Counts line breaks, for a progress bar over a CSV file (a workbook counts as 0: unknown). */
	public static long lines(Path file) throws IOException {
		if (isZip(head(file))) {
			return 0;
		}
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

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8);
		}
	}

	private static boolean isZip(byte[] head) {
		return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	private static boolean isOldExcel(byte[] head) {
		return head.length >= 4 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF && head[2] == (byte) 0x11
				&& head[3] == (byte) 0xE0;
	}
}
