package se.samverkan.communication.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

import se.samverkan.agreement.PriorityArea;
import se.samverkan.communication.PublicSite;
import se.samverkan.communication.PublishedCommunications.Freshness;
import se.samverkan.communication.PublishedCommunications.PublicItem;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.planning.ActivitySummaries.ActivitySummary;
import se.samverkan.planning.ActivitySummaries.PlanActivities;

/**
 * The public site, without sign-in, Swedish first and English second: the joint communication the
 * parties have published, the priority areas, and what is being done in each district (the
 * activities of its established plan by title and status, never persons). Every page answers
 * conditional requests (ETag, Last-Modified) before it renders anything, and a version rendered
 * before is sent as it was ({@link PublicCaching}). The methods take the response so that
 * returning null means it is answered (Spring MVC then renders no view).
 */
@Controller
class PublicPages {

	private static final int LATEST = 5;

	private final PublicSite site;

	private final PublicCaching caching;

	PublicPages(PublicSite site, PublicCaching caching) {
		this.site = site;
		this.caching = caching;
	}

	/** One priority area and the plan's activities in it. */
	record AreaActivities(PriorityArea area, List<ActivitySummary> activities) {
	}

	@GetMapping({ "/public", "/public/" })
	String home(ServletWebRequest request, HttpServletResponse response, Model model) {
		Freshness freshness = site.freshness();
		List<PriorityArea> areas = site.priorityAreas();
		List<OrganisationalUnit> districts = site.districts();
		Optional<PlanActivities> cityPlan = site.whatIsBeingDone(null);
		List<PublicItem> latest = site.items(null, 0).stream().limit(LATEST).toList();
		var compilations = site.compilations();
		Instant lastChange = latest(freshness.lastChange(), cityPlan);
		for (var compilation : compilations) {
			lastChange = later(lastChange, compilation.publishedAt() == null ? null : compilation.publishedAt().toInstant());
		}
		if (caching.answered(request, lastChange, "home", freshness, areas,
				districts.stream().map(OrganisationalUnit::name).toList(), cityPlan, compilations)) {
			return null;
		}
		model.addAttribute("areas", areas);
		model.addAttribute("districts", districts);
		model.addAttribute("latest", latest);
		model.addAttribute("cityPlan", cityPlan.orElse(null));
		model.addAttribute("cityByArea", cityPlan.map(plan -> byArea(plan, areas)).orElse(List.of()));
		model.addAttribute("compilations", compilations);
		model.addAttribute("districtNames", names(districts));
		return "communication/public/home";
	}

	@GetMapping("/public/communications")
	String list(@RequestParam(defaultValue = "0") int page, ServletWebRequest request,
			HttpServletResponse response, Model model) {
		int current = Math.max(page, 0);
		Freshness freshness = site.freshness();
		if (caching.answered(request, freshness.lastChange(), "list", current, freshness)) {
			return null;
		}
		List<OrganisationalUnit> districts = site.districts();
		model.addAttribute("items", site.items(null, current));
		model.addAttribute("page", current);
		long total = site.count(null);
		model.addAttribute("pages", Math.max(1, (total + PublicSite.PAGE_SIZE - 1) / PublicSite.PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("districtNames", names(districts));
		return "communication/public/list";
	}

	@GetMapping("/public/communications/{id}")
	String item(@PathVariable UUID id, ServletWebRequest request, HttpServletResponse response, Model model) {
		PublicItem item = site.item(id);
		if (caching.answered(request, item.publishedAt().toInstant(), "item", item.id(), item.publishedAt())) {
			return null;
		}
		model.addAttribute("item", item);
		model.addAttribute("districtName", item.districtId() == null ? null : names(site.districts()).get(item.districtId()));
		return "communication/public/item";
	}

	@GetMapping("/public/districts/{id}")
	String district(@PathVariable UUID id, ServletWebRequest request, HttpServletResponse response,
			Model model) {
		OrganisationalUnit district = site.district(id);
		Freshness freshness = site.freshness();
		List<PriorityArea> areas = site.priorityAreas();
		Optional<PlanActivities> plan = site.whatIsBeingDone(id);
		if (caching.answered(request, latest(freshness.lastChange(), plan), "district", id, district.name(),
				freshness, areas, plan)) {
			return null;
		}
		model.addAttribute("district", district);
		model.addAttribute("plan", plan.orElse(null));
		model.addAttribute("byArea", plan.map(found -> byArea(found, areas)).orElse(List.of()));
		model.addAttribute("items", site.items(id, 0));
		model.addAttribute("districtNames", names(site.districts()));
		return "communication/public/district";
	}

	/** The plan's activities under each priority area they serve, in the areas' order. */
	private static List<AreaActivities> byArea(PlanActivities plan, List<PriorityArea> areas) {
		Map<UUID, List<ActivitySummary>> byArea = new LinkedHashMap<>();
		areas.forEach(area -> byArea.put(area.id(), new ArrayList<>()));
		for (ActivitySummary activity : plan.activities()) {
			activity.priorityAreaIds().forEach(area -> {
				if (byArea.containsKey(area)) {
					byArea.get(area).add(activity);
				}
			});
		}
		return areas.stream().map(area -> new AreaActivities(area, byArea.get(area.id()))).toList();
	}

	private static Instant latest(Instant communication, Optional<PlanActivities> plan) {
		return later(communication, plan.map(PlanActivities::lastChanged).filter(Objects::nonNull)
			.map(OffsetDateTime::toInstant).orElse(null));
	}

	private static Instant later(Instant one, Instant other) {
		if (one == null) {
			return other;
		}
		return other == null || one.isAfter(other) ? one : other;
	}

	private static Map<UUID, String> names(List<OrganisationalUnit> districts) {
		return districts.stream().collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name, (a, b) -> a));
	}
}
