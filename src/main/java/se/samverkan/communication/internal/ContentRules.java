package se.samverkan.communication.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.samverkan.communication.Audience;
import se.samverkan.communication.CommunicationContent;
import se.samverkan.communication.CommunicationInput;
import se.samverkan.communication.FormattedText;
import se.samverkan.communication.Level;
import se.samverkan.planning.ActivitySummaries.ActivitySummary;
import se.samverkan.planning.PlanScope;
import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.text.NoPersonalIdentityNumber;
import se.samverkan.platform.text.PersonalIdentityNumbers;

/**
 * Checks what a client sent for an item and makes it content, reporting every offending field at
 * once. A local item names a district; a city-wide one none. Linked activities must exist, be
 * readable by the writer and, for a local item, belong to that district's plan or the city-wide
 * one. The body is checked for personal identity numbers both as written and as read (a number
 * split by markup is still a number).
 */
public class ContentRules {

	public static final int TITLE_MAX = 300;

	public static final int BODY_MAX = 20_000;

	public static final int ACTIVITIES_MAX = 50;

	private final Predicate<UUID> isDistrict;

	private final Function<List<UUID>, List<ActivitySummary>> readableActivities;

	private final Predicate<UUID> compilationExists;

	private final LocalDate today;

	/**
	 * @param readableActivities the activities among the ids that exist and the writer may read
	 * @param compilationExists whether an id names a published compilation (always true while the
	 *     followup module does not exist)
	 */
	public ContentRules(Predicate<UUID> isDistrict, Function<List<UUID>, List<ActivitySummary>> readableActivities,
			Predicate<UUID> compilationExists, LocalDate today) {
		this.isDistrict = isDistrict;
		this.readableActivities = readableActivities;
		this.compilationExists = compilationExists;
		this.today = today;
	}

	/** The checked content; {@code previous} is the content being changed, null for a new item. */
	public CommunicationContent check(CommunicationInput input, CommunicationContent previous) {
		FieldChecks checks = new FieldChecks();
		checks.requiredText("title", "Rubrik", input.title(), TITLE_MAX);
		checks.requiredText("body", "Text", input.body(), BODY_MAX);
		if (input.body() != null && !input.body().isBlank() && input.body().length() <= BODY_MAX) {
			String read = FormattedText.text(input.body());
			if (read.isBlank()) {
				checks.problem("body", "empty", "Texten blir tom när det som inte är tillåtet tas bort.");
			}
			else if (!PersonalIdentityNumbers.containsAny(input.body()) && PersonalIdentityNumbers.containsAny(read)) {
				checks.problem("body", NoPersonalIdentityNumber.CODE,
						"Texten innehåller ett personnummer eller samordningsnummer. Sådana får inte registreras i Samverkan.");
			}
		}
		Audience audience = checks.choice("audience", "Målgrupp", input.audience(), Audience.class);
		Level level = checks.choice("level", "Nivå", input.level(), Level.class);
		if (level == Level.LOCAL) {
			if (input.districtId() == null) {
				checks.problem("districtId", "required", "Ett lokalt meddelande gäller ett stadsdelsområde: välj det.");
			}
			else if (!isDistrict.test(input.districtId())) {
				checks.problem("districtId", "unknown", "Stadsdelsområdet finns inte.");
			}
		}
		else if (level == Level.CITY_WIDE && input.districtId() != null) {
			checks.problem("districtId", "not-allowed", "Ett stadsövergripande meddelande gäller inget enskilt stadsdelsområde.");
		}
		List<UUID> activityIds = input.activityIds() == null ? List.of() : input.activityIds();
		checks.noNulls("activityIds", activityIds);
		List<UUID> wanted = activityIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (wanted.size() > ACTIVITIES_MAX) {
			checks.problem("activityIds", "size", "Högst " + ACTIVITIES_MAX + " åtgärder.");
		}
		else {
			checkActivities(checks, activityIds, wanted, level == Level.LOCAL ? input.districtId() : null);
		}
		if (input.compilationId() != null && !compilationExists.test(input.compilationId())) {
			checks.problem("compilationId", "unknown", "Det finns ingen publicerad årssammanställning med det id:t.");
		}
		LocalDate planned = input.plannedPublicationDate();
		boolean unchanged = previous != null && planned != null && planned.equals(previous.plannedPublicationDate());
		if (planned != null && planned.isBefore(today) && !unchanged) {
			checks.problem("plannedPublicationDate", "past", "Planerad publicering kan inte ligga före i dag.");
		}
		else if (planned != null && planned.isAfter(today.plusYears(5))) {
			checks.problem("plannedPublicationDate", "range", "Planerad publicering kan ligga högst fem år fram.");
		}
		checks.throwIfAny();
		return new CommunicationContent(input.title().strip(), input.body().strip(), audience, level,
				level == Level.LOCAL ? input.districtId() : null, wanted, input.compilationId(), planned);
	}

	private void checkActivities(FieldChecks checks, List<UUID> given, List<UUID> wanted, UUID localDistrict) {
		Map<UUID, ActivitySummary> found = readableActivities.apply(wanted)
			.stream()
			.collect(Collectors.toMap(ActivitySummary::id, Function.identity()));
		for (int i = 0; i < given.size(); i++) {
			UUID id = given.get(i);
			if (id == null) {
				continue;
			}
			ActivitySummary activity = found.get(id);
			if (activity == null) {
				checks.problem("activityIds[" + i + "]", "unknown", "Åtgärden finns inte eller är inte synlig för dig.");
			}
			else if (localDistrict != null && activity.planScope() == PlanScope.LOCAL
					&& !localDistrict.equals(activity.districtId())) {
				checks.problem("activityIds[" + i + "]", "other-district",
						"Åtgärden hör till ett annat stadsdelsområdes plan än meddelandets.");
			}
		}
	}
}
