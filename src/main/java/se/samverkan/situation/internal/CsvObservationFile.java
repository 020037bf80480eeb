package se.samverkan.situation.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an uploaded CSV file as strict UTF-8. A UTF-8 byte order mark is skipped; a UTF-16 or
 * UTF-32 one, or any byte sequence that is not UTF-8 (a Latin-1 "ä" from an old Excel export,
 * say), is refused with a message that says how to fix it.
 */
public final class CsvObservationFile {

	public static final class NotUtf8 extends IOException {

		public NotUtf8(String message) {
			super(message);
		}
	}

	private CsvObservationFile() {
	}

	public static Reader open(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		in.mark(4);
		byte[] head = in.readNBytes(4);
		in.reset();
		if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
				|| (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
			in.close();
			throw new NotUtf8("Filen är sparad som UTF-16. Spara den som CSV (UTF-8) och försök igen.");
		}
		if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
			in.skip(3);
		}
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(in, decoder) {
			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				try {
					return super.read(buffer, offset, length);
				}
				catch (CharacterCodingException ex) {
					throw new NotUtf8("Filen är inte UTF-8 (den kan vara sparad som Latin-1/ANSI). "
							+ "Spara den som CSV (UTF-8) och försök igen.");
				}
			}
		};
	}

	/** Counts lines, for the progress bar. */
	public static long lines(Path file) throws IOException {
		long lines = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
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
}
