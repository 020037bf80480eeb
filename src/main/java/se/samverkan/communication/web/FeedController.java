package se.samverkan.communication.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.samverkan.communication.PublicSite;
import se.samverkan.communication.PublishedCommunications.Freshness;
import se.samverkan.communication.PublishedCommunications.PublicItem;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.web.ProblemMessages;

/**
 * The Atom feeds of published external items, without sign-in: one for the whole city
 * ({@code /feed.atom}, every item) and one per district ({@code /public/districts/{id}/feed.atom},
 * the district's own items and the city-wide ones, which concern every district).
 */
@Controller
class FeedController {

	/** Name-based, so the city feed keeps its id whatever host serves it. */
	private static final UUID CITY_FEED = UUID.nameUUIDFromBytes("samverkan:feed:city".getBytes(StandardCharsets.UTF_8));

	private final PublicSite site;

	private final ProblemMessages messages;

	private final PublicCaching caching;

	FeedController(PublicSite site, ProblemMessages messages, PublicCaching caching) {
		this.site = site;
		this.messages = messages;
		this.caching = caching;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> city(ServletWebRequest request) {
		return feed(request, null, CITY_FEED, messages.of("public.feed.city"), "/feed.atom", "/public/communications");
	}

	@GetMapping("/public/districts/{id}/feed.atom")
	ResponseEntity<String> district(@PathVariable UUID id, ServletWebRequest request) {
		OrganisationalUnit district = site.district(id);
		return feed(request, id, id, messages.of("public.feed.district", district.name()),
				"/public/districts/" + id + "/feed.atom", "/public/districts/" + id);
	}

	private ResponseEntity<String> feed(ServletWebRequest request, UUID districtId, UUID feedId, String title,
			String selfPath, String alternatePath) {
		Freshness freshness = site.freshness();
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		if (caching.answered(request, freshness.lastChange(), "feed", districtId, base, freshness)) {
			return null;
		}
		Map<UUID, String> names = site.districts()
			.stream()
			.collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name, (a, b) -> a));
		var head = new AtomFeed.Head(feedId, title, messages.of("public.feed.subtitle"), messages.of("public.lang"), base,
				selfPath, alternatePath, String.join(" " + messages.of("public.and") + " ", site.partyNames()),
				freshness.lastChange());
		String xml = AtomFeed.write(head, site.feed(districtId), item -> place(item, names));
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, AtomFeed.MEDIA_TYPE).body(xml);
	}

	private AtomFeed.Place place(PublicItem item, Map<UUID, String> names) {
		if (item.districtId() == null) {
			return new AtomFeed.Place("CITY_WIDE", messages.of("public.citywide"));
		}
		return new AtomFeed.Place(item.districtId().toString(), names.getOrDefault(item.districtId(), ""));
	}
}
