package se.samverkan.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer to an uploaded file refused whole (all or nothing): 400 problem details that keep the
 * import's own members, {@code imported} 0, {@code skipped} 0 and every error by line, so a client
 * reads a refused file the way it reads an imported one.
 */
public final class RefusedFile {

	private RefusedFile() {
	}

	public static ResponseEntity<Object> of(List<?> errors, Map<String, Object> more) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", "Bad Request");
		problem.put("status", 400);
		problem.put("detail", "Filen innehåller fel och importerades inte.");
		problem.put("imported", 0);
		problem.put("skipped", 0);
		problem.put("errors", errors);
		problem.putAll(more);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
