package se.samverkan.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.identity.Actor;
import se.samverkan.organisation.DistrictBoundaries;
import se.samverkan.organisation.NeighbourhoodLabel;

/**
 * What the situation pages' maps show besides the boundary, so that a reader can tell where things
 * are without tiles: the neighbourhoods' names, the saved places the actor may see as named
 * markers, and what a search for a neighbourhood or a place found (listed on the page, so the
 * search works without JavaScript; the map jumps to the first match). Used by the situation pages
 * and by the reporter's start page, whose observation form has the same map.
 */
@Component
public class SituationMaps {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DistrictBoundaries boundaries;

	private final PlaceManagement places;

	private final String tileAttribution;

	SituationMaps(DistrictBoundaries boundaries, PlaceManagement places,
			@Value("${samverkan.map.tile-attribution:}") String tileAttribution) {
		this.boundaries = boundaries;
		this.places = places;
		this.tileAttribution = tileAttribution;
	}

	/**
	 * Adds {@code labelsJson}, {@code placesJson}, {@code find}, {@code matches}, {@code focusJson} and
	 * {@code tileAttribution} (the tile provider's credit line, shown as text)
	 * for the districts, whose neighbourhoods are taken as they were on the date. Places come through
	 * {@link PlaceManagement}, so only those in the actor's read scope appear or are found.
	 */
	public void addTo(Model model, Actor actor, Collection<UUID> districtIds, LocalDate date, String find) {
		List<NeighbourhoodLabel> labels = districtIds.stream()
			.flatMap(id -> boundaries.labels(id, date).stream())
			.sorted(Comparator.comparing(NeighbourhoodLabel::name))
			.toList();
		List<Place> marked = districtIds.isEmpty() ? List.of()
				: places.find(actor, null)
					.stream()
					.filter(place -> place.lat() != null && place.lon() != null && districtIds.contains(place.districtId()))
					.toList();
		String text = find == null || find.isBlank() ? null : find.strip();
		List<MapMatch> matches = text == null ? List.of() : matches(text, labels, marked);
		model.addAttribute("labelsJson", JSON.writeValueAsString(labels.stream()
			.map(label -> List.of(label.name(), label.lat(), label.lon(), label.south(), label.west(), label.north(),
					label.east()))
			.toList()));
		model.addAttribute("placesJson", JSON.writeValueAsString(marked.stream()
			.map(place -> List.of(place.name(), place.lat(), place.lon()))
			.toList()));
		model.addAttribute("find", text);
		model.addAttribute("tileAttribution", tileAttribution);
		model.addAttribute("matches", matches);
		model.addAttribute("focusJson", matches.isEmpty() ? null : JSON.writeValueAsString(focus(matches.get(0))));
	}

	static List<MapMatch> matches(String text, List<NeighbourhoodLabel> labels, List<Place> marked) {
		String wanted = text.toLowerCase(Locale.ROOT);
		List<MapMatch> found = new ArrayList<>();
		labels.stream()
			.filter(label -> label.matches(text))
			.forEach(label -> found.add(new MapMatch(label.name(), null, label.lat(), label.lon(), label.south(),
					label.west(), label.north(), label.east())));
		marked.stream()
			.filter(place -> place.name().toLowerCase(Locale.ROOT).contains(wanted))
			.forEach(place -> found.add(new MapMatch(place.name(), place.id(), place.lat(), place.lon(), place.lat(),
					place.lon(), place.lat(), place.lon())));
		// Whole-name matches first, then names that begin with the text, then the rest; by name within each.
		found.sort(Comparator.comparingInt((MapMatch match) -> rank(match.name().toLowerCase(Locale.ROOT), wanted))
			.thenComparing(MapMatch::name));
		return found;
	}

	private static int rank(String name, String wanted) {
		return name.equals(wanted) ? 0 : name.startsWith(wanted) ? 1 : 2;
	}

	private static Map<String, Object> focus(MapMatch match) {
		return Map.of("name", match.name(), "south", match.south(), "west", match.west(), "north", match.north(),
				"east", match.east());
	}
}
