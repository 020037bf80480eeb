package se.samverkan.communication.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.communication.PublicSite;
import se.samverkan.communication.PublishedCommunications;
import se.samverkan.communication.PublishedCommunications.PublicItem;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.platform.web.PageOf;

/** Published external joint communication, without sign-in. */
@RestController
@RequestMapping("/api/v1/public/communications")
@Tag(name = "Public")
class PublicCommunicationController {

	private final PublishedCommunications published;

	private final PublicSite site;

	PublicCommunicationController(PublishedCommunications published, PublicSite site) {
		this.published = published;
		this.site = site;
	}

	record PublicCommunicationResponse(UUID id, String title, String summary,
			@Schema(description = "The body through the allow-list sanitiser: safe to show as HTML") String bodyHtml,
			String level, UUID districtId, String districtName, OffsetDateTime publishedAt,
			@Schema(description = "The item's public page") String link) {
	}

	@GetMapping
	@Operation(summary = "Published external items, newest first; with districtId that district's and the city-wide ones")
	PageOf<PublicCommunicationResponse> list(@RequestParam(required = false) UUID districtId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (districtId != null) {
			site.district(districtId);
		}
		int checkedSize = PageOf.checkedSize(size);
		int checkedPage = Math.max(page, 0);
		Map<UUID, String> names = districtNames();
		List<PublicCommunicationResponse> items = published.find(districtId, true, checkedPage * checkedSize, checkedSize)
			.stream()
			.map(item -> response(item, names))
			.toList();
		return new PageOf<>(items, checkedPage, checkedSize, published.count(districtId, true));
	}

	@GetMapping("/{id}")
	PublicCommunicationResponse get(@PathVariable UUID id) {
		return response(site.item(id), districtNames());
	}

	private Map<UUID, String> districtNames() {
		return site.districts().stream().collect(Collectors.toMap(OrganisationalUnit::id, OrganisationalUnit::name));
	}

	private static PublicCommunicationResponse response(PublicItem item, Map<UUID, String> names) {
		return new PublicCommunicationResponse(item.id(), item.title(), item.summary(), item.bodyHtml(),
				item.level().name(), item.districtId(), item.districtId() == null ? null : names.get(item.districtId()),
				item.publishedAt(), "/public/communications/" + item.id());
	}
}
