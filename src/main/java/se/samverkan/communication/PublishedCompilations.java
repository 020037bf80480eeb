package se.samverkan.communication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.followup.AnnualCompilation;
import se.samverkan.followup.CompilationContent;
import se.samverkan.followup.Compilations;

/**
 * The yearly compilations (årssammanställningar) the followup module has published, as the public
 * may read them: the year and the figures of the whole city, never a person or an internal comment.
 * A communication's link to a compilation must name one of these.
 */
@Component
public class PublishedCompilations {

	/**
	 * A published compilation's summary: how many districts took part, and the year's activities of
	 * the districts' and the city-wide plans, how many were done and how many were late.
	 */
	public record CompilationSummary(UUID id, int year, OffsetDateTime publishedAt, int districts, int activities,
			int completed, int late) {
	}

	private final Compilations compilations;

	PublishedCompilations(Compilations compilations) {
		this.compilations = compilations;
	}

	/** Newest year first. */
	public List<CompilationSummary> published() {
		return compilations.states()
			.stream()
			.filter(state -> AnnualCompilation.PUBLISHED.equals(state.status()))
			.map(state -> compilations.byId(state.id()))
			.flatMap(Optional::stream)
			.map(PublishedCompilations::summary)
			.toList();
	}

	public Optional<CompilationSummary> published(UUID id) {
		return compilations.byId(id).filter(AnnualCompilation::isPublished).map(PublishedCompilations::summary);
	}

	private static CompilationSummary summary(AnnualCompilation compilation) {
		CompilationContent content = compilation.content();
		int districts = 0;
		int activities = 0;
		int completed = 0;
		int late = 0;
		for (CompilationContent.DistrictResult district : content.districts()) {
			if (district.planId() != null) {
				districts++;
			}
			activities += district.activities();
			completed += district.completedActivities().size();
			late += district.late();
		}
		CompilationContent.PlanResult city = content.cityWide();
		if (city != null) {
			activities += city.activities();
			completed += city.completedActivities().size();
			late += city.late();
		}
		return new CompilationSummary(compilation.id(), compilation.year(), compilation.publishedAt(), districts,
				activities, completed, late);
	}
}
