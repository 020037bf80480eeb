package se.samverkan.planning;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The balance of a plan: its activities by prevention level (universal, selective, indicated), type
 * (social, situational) and horizon (short, long), by responsible party, and the responsible bodies
 * beyond the two parties. The seed: effective work needs long- and short-term measures at all three
 * levels, social and situational prevention, and coordinated efforts by several responsible bodies.
 * Cancelled activities are not counted.
 */
public record PlanProfile(UUID planId, int activities, Map<PreventionLevel, Integer> preventionLevels,
		Map<PreventionType, Integer> preventionTypes, Map<Horizon, Integer> horizons,
		Map<ResponsibleParty, Integer> responsibleParties, List<Body> responsibleBodies) {

	/** A responsible body beyond the parties (from the partner register) and how many activities it shares. */
	public record Body(UUID partnerId, String name, String kind, int activities) {
	}

	/**
	 * {@code bodiesByActivity}: the responsible bodies (partner ids) each activity names;
	 * {@code partners}: their names and kinds.
	 */
	static PlanProfile of(UUID planId, List<Activity> all, Map<UUID, List<UUID>> bodiesByActivity,
			Map<UUID, PartnerName> partners) {
		List<Activity> counted = all.stream().filter(activity -> activity.status() != ActivityStatus.CANCELLED).toList();
		Map<PreventionLevel, Integer> levels = zeroes(PreventionLevel.class);
		Map<PreventionType, Integer> types = zeroes(PreventionType.class);
		Map<Horizon, Integer> horizons = zeroes(Horizon.class);
		Map<ResponsibleParty, Integer> parties = zeroes(ResponsibleParty.class);
		Map<UUID, Integer> bodies = new LinkedHashMap<>();
		for (Activity activity : counted) {
			ActivityContent content = activity.content();
			levels.merge(content.preventionLevel(), 1, Integer::sum);
			types.merge(content.preventionType(), 1, Integer::sum);
			horizons.merge(content.horizon(), 1, Integer::sum);
			parties.merge(content.responsibleParty(), 1, Integer::sum);
			bodiesByActivity.getOrDefault(activity.id(), List.of()).forEach(partner -> bodies.merge(partner, 1, Integer::sum));
		}
		List<Body> bodyList = bodies.entrySet()
			.stream()
			.map(entry -> {
				PartnerName partner = partners.get(entry.getKey());
				return new Body(entry.getKey(), partner == null ? entry.getKey().toString() : partner.name(),
						partner == null ? null : partner.kind(), entry.getValue());
			})
			.sorted(java.util.Comparator.comparingInt(Body::activities).reversed().thenComparing(Body::name))
			.toList();
		return new PlanProfile(planId, counted.size(), levels, types, horizons, parties, bodyList);
	}

	/** A partner's name and kind, as the register gives them. */
	public record PartnerName(String name, String kind) {
	}

	private static <E extends Enum<E>> Map<E, Integer> zeroes(Class<E> type) {
		Map<E, Integer> map = new EnumMap<>(type);
		for (E value : type.getEnumConstants()) {
			map.put(value, 0);
		}
		return map;
	}
}
