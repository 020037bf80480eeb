package se.samverkan.platform.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds how a text file is encoded. A byte order mark decides (UTF-8, UTF-16); without one the
 * file is UTF-8 when every byte sequence in it is valid UTF-8, and otherwise Windows-1252, which
 * is what Swedish Excel writes when it saves "CSV (semikolonavgränsad)". Reading the whole file
 * once to decide costs a fraction of what importing it does.
 */
public final class TextEncodings {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextEncodings() {
	}

	public static Charset detect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(3);
		}
		Charset marked = byOrderMark(head);
		if (marked != null) {
			return marked;
		}
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), decoder)) {
			char[] buffer = new char[1 << 14];
			while (reader.read(buffer) >= 0) {
				// reading is the check
			}
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return WINDOWS_1252;
		}
	}

	/** The file as text in its encoding, past any byte order mark. */
	public static Reader open(Path file, Charset encoding) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		in.mark(3);
		byte[] head = in.readNBytes(3);
		in.reset();
		in.skip(orderMarkLength(head));
		return new InputStreamReader(in, encoding);
	}

	static Charset byOrderMark(byte[] head) {
		if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static int orderMarkLength(byte[] head) {
		Charset marked = byOrderMark(head);
		if (marked == null) {
			return 0;
		}
		return marked == StandardCharsets.UTF_8 ? 3 : 2;
	}
}
