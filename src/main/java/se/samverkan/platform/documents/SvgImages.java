package se.samverkan.platform.documents;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.springframework.core.io.ClassPathResource;

/**
 * Rasterises the SVG the pages draw (charts, maps, the timeline) to PNG with Apache Batik, for
 * formats that take pictures rather than drawings (DOCX). It is the same markup the page shows and
 * the PDF draws as vectors, so nothing is drawn by a second hand. The DejaVu fonts shipped with
 * the application are registered with Java2D first, so text looks the same on every machine.
 * Scripts and external resources are never loaded: the markup is ours, but it carries user text.
 */
public final class SvgImages {

	/** A PNG and its size in pixels. */
	public record Png(byte[] bytes, int width, int height) {
	}

	static {
		registerFont("fonts/DejaVuSans.ttf");
		registerFont("fonts/DejaVuSans-Bold.ttf");
	}

	private SvgImages() {
	}

	/** The SVG as a PNG {@code pixelWidth} wide, its height following the drawing's proportions. */
	public static Png png(String svg, int pixelWidth) {
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) pixelWidth);
		transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
		transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
		transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_DEFAULT_FONT_FAMILY, "DejaVu Sans");
		transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(XmlText.clean(svg))), new TranscoderOutput(out));
		}
		catch (TranscoderException ex) {
			throw new IllegalStateException("The drawing could not be rasterised", ex);
		}
		byte[] bytes = out.toByteArray();
		// A PNG's IHDR chunk holds the width and height right after the 8-byte signature and the chunk header.
		ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
		return new Png(bytes, header.getInt(), header.getInt());
	}

	private static void registerFont(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Font " + path + " cannot be read", ex);
		}
	}
}
