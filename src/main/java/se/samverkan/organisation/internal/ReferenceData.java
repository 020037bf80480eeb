package se.samverkan.organisation.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import se.samverkan.platform.text.CsvReader;

/** The files of one municipality's reference data, under {@code classpath:reference/<name>/}. */
record ReferenceData(ResourceLoader resources, String name) {

	List<Map<String, String>> csv(String file) {
		try (var reader = new InputStreamReader(resource(file).getInputStream(), StandardCharsets.UTF_8)) {
			return new CsvReader(reader).readAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String text(String file) {
		try (var in = resource(file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean has(String file) {
		return resource(file).exists();
	}

	private Resource resource(String file) {
		return resources.getResource("classpath:reference/" + name + "/" + file);
	}
}
