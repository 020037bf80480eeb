package se.samverkan.communication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A port for the followup module (not built yet): the yearly compilations (årssammanställningar)
 * it has published. Where a bean implements it, a communication's link to a compilation must name
 * a published one, and the public pages list their summaries; until then the link is kept as given,
 * unchecked, and the public pages say that compilations will appear there.
 */
public interface PublishedCompilations {

	/** A published compilation as the public may read it. {@code link} is where its public page is. */
	record CompilationSummary(UUID id, int year, String title, String summary, String link) {
	}

	/** Newest year first. */
	List<CompilationSummary> published();

	Optional<CompilationSummary> published(UUID id);
}
