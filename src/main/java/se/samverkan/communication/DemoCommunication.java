package se.samverkan.communication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Actor;
import se.samverkan.identity.ActorDirectory;
import se.samverkan.identity.DemoDataLoaded;
import se.samverkan.organisation.OrganisationDirectory;

/**
 * A few joint communication items for the embedded demo, so its public pages, feeds and approval
 * queues are not empty: written, approved and published by the demo accounts through the items' own
 * rules, marked {@code demo} and "(demo)" in the title. Added in the transaction that loads the demo
 * accounts ({@link DemoDataLoaded}), which happens only on the embedded default database.
 */
@Component
class DemoCommunication {

	private final Communications communications;

	private final PublishedCommunications published;

	private final ActorDirectory actors;

	private final OrganisationDirectory organisation;

	private final AuditLog audit;

	DemoCommunication(Communications communications, PublishedCommunications published, ActorDirectory actors,
			OrganisationDirectory organisation, AuditLog audit) {
		this.communications = communications;
		this.published = published;
		this.actors = actors;
		this.organisation = organisation;
		this.audit = audit;
	}

	/** One demo item: who wrote it, who approved it for each party, and whether it was published. */
	private record Seed(String title, String body, Audience audience, String districtCode, String author,
			List<String> approvers, boolean publish, int daysAgo) {
	}

	private static final List<Seed> SEEDS = List.of(
			new Seed("Trygghetsvandringar i hela staden i vår (demo)", """
					Staden och polisen bjuder in boende att gå trygghetsvandringar i sitt närområde.

					- Vi går tillsammans med bostadsbolag och föreningar.
					- Det du ser blir underlag till stadsdelens lägesbild.

					Tider och platser finns på stadens webbplats.""", Audience.EXTERNAL, null, "kommunikator.stad",
					List.of("kommunikator.polis", "beredning.stad"), true, 12),
			new Seed("Fler vuxna ute på kvällarna på Södermalm (demo)", """
					Under sommaren är fler fältassistenter och kommunpoliser ute på kvällarna kring Medborgarplatsen.

					Vill du vara med som nattvandrare? Hör av dig till stadsdelsförvaltningen.""", Audience.EXTERNAL,
					"SODERMALM", "samordnare.sodermalm", List.of("kommunpolis.sodermalm", "kommunikator.stad"), true, 5),
			new Seed("Ny gemensam rutin för lägesbilden (demo)", """
					Från och med nästa tertial stämmer stadsdelarna och lokalpolisområdena av lägesbilden varannan vecka.

					Rutinen finns under Lägesbild.""", Audience.INTERNAL, null, "beredning.polis",
					List.of("beredning.stad", "kommunikator.polis"), true, 3),
			new Seed("Sommarlovsaktiviteter för unga (demo)", """
					Under sommarlovet erbjuder staden och polisen gemensamma aktiviteter för unga i alla stadsdelar.""",
					Audience.EXTERNAL, null, "kommunikator.polis", List.of("beredning.polis"), false, 1));

	@EventListener
	void on(DemoDataLoaded event) {
		Map<String, Actor> byName = actors.active()
			.stream()
			.collect(Collectors.toMap(Actor::username, Function.identity()));
		SEEDS.forEach(seed -> seed(seed, byName));
	}

	private void seed(Seed seed, Map<String, Actor> byName) {
		OffsetDateTime at = OffsetDateTime.now(CommunicationManagement.STOCKHOLM).minusDays(seed.daysAgo());
		UUID district = seed.districtCode() == null ? null
				: organisation.unitByCode(seed.districtCode()).orElseThrow().id();
		CommunicationContent content = new CommunicationContent(seed.title(), seed.body(), seed.audience(),
				district == null ? Level.CITY_WIDE : Level.LOCAL, district, List.of(), null, null);
		Actor author = byName.get(seed.author());
		Communication item = Communication.draft(content, author.username(), author.party(), at);
		communications.insert(item);
		communications.saveRevision(item, author.username());
		for (String username : seed.approvers()) {
			Actor approver = byName.get(username);
			item.approveFor(approver.party(), approver.username(), approver.displayName(), at.plusHours(2));
		}
		if (seed.publish()) {
			item.publish(author.username(), at.plusHours(3));
		}
		communications.update(item);
		communications.markDemo(item.id());
		if (item.isPublic()) {
			published.changed(item.publishedAt());
		}
		audit.recordChange("CREATE", "Communication", item.id(), district, null,
				Map.of("title", seed.title(), "status", item.status().name(), "demo", true));
	}
}
