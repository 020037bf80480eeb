package se.samverkan.communication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.AgreementManagement;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.communication.PublishedCommunications.Freshness;
import se.samverkan.communication.PublishedCommunications.PublicItem;
import se.samverkan.communication.PublishedCompilations.CompilationSummary;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;
import se.samverkan.planning.ActivitySummaries;
import se.samverkan.planning.ActivitySummaries.PlanActivities;
import se.samverkan.platform.rules.NotFound;

/**
 * What the public pages show, without sign-in: published external communication, the priority
 * areas, each district's activities of its established plan by title and status (no persons), and
 * the published yearly compilations' summaries. Everything here is
 * public by construction; nothing takes an actor.
 */
@Service
public class PublicSite {

	/** Items on a page of the public list. */
	public static final int PAGE_SIZE = 20;

	/** Entries in a feed: the newest ones. */
	public static final int FEED_SIZE = 20;

	private final PublishedCommunications published;

	private final AgreementManagement agreements;

	private final OrganisationDirectory organisation;

	private final ActivitySummaries activities;

	private final PublishedCompilations compilations;

	PublicSite(PublishedCommunications published, AgreementManagement agreements, OrganisationDirectory organisation,
			ActivitySummaries activities, PublishedCompilations compilations) {
		this.published = published;
		this.agreements = agreements;
		this.organisation = organisation;
		this.activities = activities;
		this.compilations = compilations;
	}

	/** A page of published external items; a district's own with the city-wide ones. */
	@Transactional(readOnly = true)
	public List<PublicItem> items(UUID districtId, int page) {
		return published.find(districtId, true, Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE);
	}

	/** The newest items of a feed: the whole city's, or a district's own with the city-wide ones. */
	@Transactional(readOnly = true)
	public List<PublicItem> feed(UUID districtId) {
		return published.find(districtId, true, 0, FEED_SIZE);
	}

	@Transactional(readOnly = true)
	public PublicItem item(UUID id) {
		return published.byId(id).orElseThrow(() -> new NotFound("communication", id));
	}

	/**
	 * How current every public page and feed is: one revision for all of them. Read on every public
	 * request, as one statement without a transaction around it (no BEGIN and COMMIT round trips).
	 */
	public Freshness freshness() {
		return published.freshness();
	}

	/** How many items the public list of a place has (every item for null). */
	@Transactional(readOnly = true)
	public long count(UUID districtId) {
		return published.count(districtId, true);
	}

	/** The priority areas of the agreement in force (none when no agreement is in force). */
	@Transactional(readOnly = true)
	public List<PriorityArea> priorityAreas() {
		try {
			return agreements.currentPriorityAreas();
		}
		catch (NotFound none) {
			return List.of();
		}
	}

	/** Today's districts. */
	public List<OrganisationalUnit> districts() {
		return organisation.units(UnitType.DISTRICT, null, today());
	}

	/** A district by id; a unit that is no district is not found. */
	public OrganisationalUnit district(UUID id) {
		return organisation.unit(id)
			.filter(unit -> unit.type() == UnitType.DISTRICT)
			.orElseThrow(() -> new NotFound("district", id));
	}

	/** What is being done: the district's (or, for null, the city-wide) newest established plan. */
	@Transactional(readOnly = true)
	public Optional<PlanActivities> whatIsBeingDone(UUID districtId) {
		return activities.latestEstablished(districtId, today());
	}

	/** The published yearly compilations' summaries, newest year first. */
	@Transactional(readOnly = true)
	public List<CompilationSummary> compilations() {
		return compilations.published();
	}

	/** The parties' names, as the feeds' author. */
	public List<String> partyNames() {
		return organisation.parties()
			.stream()
			.filter(party -> Communication.APPROVING_PARTIES.contains(party.code()))
			.map(se.samverkan.organisation.Party::name)
			.toList();
	}

	private static LocalDate today() {
		return CommunicationManagement.today();
	}
}
