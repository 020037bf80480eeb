package se.samverkan.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import se.samverkan.planning.PlanningFixtures;
import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/** The public pages and the Atom feeds: no sign-in, nothing internal, nothing that runs, cacheable. */
class PublicSiteTests extends ApiTest {

	private static final List<String> EXECUTABLE = List.of("<script", "onclick", "onmouseover", "onerror", "javascript:",
			"<iframe", "style=", "alert(");

	private CommunicationFixtures items;

	private PlanningFixtures planning;

	private UUID sodermalm;

	@BeforeEach
	void setUp() {
		items = new CommunicationFixtures(api, jdbc);
		planning = new PlanningFixtures(api, jdbc);
		items.removeAll();
		planning.removeAll();
		sodermalm = fixtures.unit("SODERMALM");
	}

	@AfterEach
	void tearDown() {
		items.removeAll();
		planning.removeAll();
	}

	@Test
	void servesEveryPublicPageAndFeedWithoutSignIn() {
		String city = items.published(items.item("Trygghetsvandringar i hela staden", "Text")).get("id").asString();
		items.published(items.local("Nytt på Södermalm", "Text", sodermalm));
		for (String path : List.of("/public", "/public/communications", "/public/communications/" + city,
				"/public/districts/" + sodermalm, "/feed.atom", "/public/districts/" + sodermalm + "/feed.atom")) {
			var page = api.get(path, null);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.header("Set-Cookie")).as("no session for %s", path).isNull();
		}
		var home = api.get("/public", null).raw().body();
		assertThat(home).contains("lang=\"sv\"", "Samverkan för ett tryggare Stockholm", "Trygghetsvandringar i hela staden",
				"Prioriterade samverkansområden", "Unga i riskzon för destruktivt beteende", "Södermalm");
		assertThat(api.get("/public?lang=en", null).raw().body()).contains("lang=\"en\"", "Working together for a safer Stockholm",
				"Young people at risk of destructive behaviour");
		assertThat(api.get("/public/communications/" + city, null).raw().body()).contains("Hela staden");
		assertThat(api.get("/feed.atom", null).header("Content-Type")).startsWith("application/atom+xml");
	}

	@Test
	void storedTextNeverExecutesInThePageOrTheFeed() throws Exception {
		String id = items.published(items.item("Trygghetsvandring", FormattedTextTest.HOSTILE)).get("id").asString();

		String page = api.get("/public/communications/" + id, null).raw().body();
		String article = page.substring(page.indexOf("<article"), page.indexOf("</article>"));
		assertThat(article).contains("Trygghetsvandring", "på torsdag", "<a href=\"https://start.stockholm/trygghet\">Läs mer</a>",
				"<em>Medborgarplatsen</em>");
		assertThat(page.toLowerCase()).doesNotContain(EXECUTABLE.toArray(String[]::new));

		String feed = api.get("/feed.atom", null).raw().body();
		String content = HtmlUtils.htmlUnescape(xml(feed).getElementsByTagName("content").item(0).getTextContent());
		assertThat(content).contains("Trygghetsvandring", "<a href=\"https://start.stockholm/trygghet\">Läs mer</a>");
		assertThat(content.toLowerCase()).doesNotContain(EXECUTABLE.toArray(String[]::new));
		assertThat(feed.toLowerCase()).doesNotContain("script", "onclick", "javascript:", "iframe", "style=");

		String json = api.get("/api/v1/public/communications/" + id, null).raw().body();
		assertThat(json).doesNotContain("<script", "onclick", "javascript:", "<iframe", "style=");
	}

	@Test
	void theFeedsAreValidAtomWithTheCityAndEachDistrictsItems() throws Exception {
		String city = items.published(items.item("För hela staden", "<p>Stadsövergripande</p>")).get("id").asString();
		String local = items.published(items.local("För Södermalm", "Lokalt", sodermalm)).get("id").asString();
		String farsta = items.published(items.local("För Farsta", "Lokalt", fixtures.unit("FARSTA"))).get("id").asString();

		Feed feed = atom("/feed.atom");
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getId()).startsWith("urn:uuid:");
		assertThat(feed.getTitle()).isNotBlank();
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getAuthors()).extracting(person -> person.getName()).containsExactly("Stockholms stad och Polisregion Stockholm");
		assertThat(feed.getOtherLinks()).anyMatch(link -> link.getRel().equals("self") && link.getHref().endsWith("/feed.atom"));
		assertThat(feed.getAlternateLinks()).extracting(Link::getHref).anyMatch(href -> href.endsWith("/public/communications"));
		assertThat(feed.getEntries()).extracting(Entry::getId)
			.containsExactlyInAnyOrder("urn:uuid:" + city, "urn:uuid:" + local, "urn:uuid:" + farsta);
		for (Entry entry : feed.getEntries()) {
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getUpdated()).isNotNull();
			assertThat(entry.getPublished()).isNotNull();
			assertThat(entry.getAlternateLinks()).singleElement()
				.satisfies(link -> assertThat(link.getHref()).startsWith("http://localhost:" + port + "/public/communications/"));
			assertThat(entry.getContents()).singleElement().extracting(Content::getType).isEqualTo("html");
		}

		Feed district = atom("/public/districts/" + sodermalm + "/feed.atom");
		assertThat(district.getId()).isEqualTo("urn:uuid:" + sodermalm);
		assertThat(district.getTitle()).contains("Södermalm");
		assertThat(district.getEntries()).extracting(Entry::getId)
			.containsExactlyInAnyOrder("urn:uuid:" + city, "urn:uuid:" + local);
		assertThat(api.get("/public/districts/" + UUID.randomUUID() + "/feed.atom", null).status()).isEqualTo(404);
	}

	@Test
	void answersConditionalRequestsAndChangesItsValidatorsWhenSomethingIsPublished() {
		items.published(items.item("Första", "Text"));
		for (String path : List.of("/public", "/public/communications", "/feed.atom", "/public/districts/" + sodermalm)) {
			var first = api.get(path, null);
			String etag = first.header("ETag");
			String lastModified = first.header("Last-Modified");
			assertThat(etag).as(path).isNotBlank();
			assertThat(lastModified).as(path).isNotBlank();
			assertThat(first.header("Cache-Control")).as(path).contains("no-cache").doesNotContain("no-store");

			var again = api.get(path, null);
			assertThat(again.status()).as("the kept rendering of %s", path).isEqualTo(200);
			assertThat(again.raw().body()).as(path).isEqualTo(first.raw().body());
			assertThat(again.header("Content-Type")).as(path).isEqualTo(first.header("Content-Type"));
			assertThat(conditional(path, "If-None-Match", etag).status()).as(path).isEqualTo(304);
			assertThat(conditional(path, "If-Modified-Since", lastModified).status()).as(path).isEqualTo(304);
			assertThat(api.get(path + "?lang=en", null).header("ETag")).as(path).isNotEqualTo(etag);
		}
		String etag = api.get("/feed.atom", null).header("ETag");
		items.published(items.item("Andra", "Text"));
		var changed = conditional("/feed.atom", "If-None-Match", etag);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.raw().body()).contains("Andra");
	}

	@Test
	void showsWhatIsBeingDoneFromEstablishedPlansOnlyAndNoPersons() {
		int year = LocalDate.now().getYear();
		UUID plan = planning.localPlan("samordnare.sodermalm", sodermalm, year);
		Map<String, Object> activity = planning.activity(sodermalm, List.of());
		activity.put("responsiblePerson", "Anna Andersson");
		activity.put("participants", "Bo Berg och fastighetsägarna");
		planning.created("samordnare.sodermalm", "/api/v1/action-plans/" + plan + "/activities", activity);

		String draft = api.get("/public/districts/" + sodermalm, null).raw().body();
		assertThat(draft).contains("ingen fastställd åtgärdsplan").doesNotContain("Trygghetsvandringar kring Medborgarplatsen");

		planning.addressEveryArea("samordnare.sodermalm", plan);
		assertThat(api.postAs("styrgrupp.sodermalm", "/api/v1/action-plans/" + plan + "/establish", "").status())
			.isEqualTo(200);
		String established = api.get("/public/districts/" + sodermalm, null).raw().body();
		assertThat(established).contains("Trygghetsvandringar kring Medborgarplatsen", "Planerad",
				"Otrygga och brottsutsatta platser", String.valueOf(year));
		assertThat(established).doesNotContain("Anna Andersson", "Bo Berg", "Trygghetssamordnaren", "fastighetsägarna");
		assertThat(api.get("/public/districts/" + fixtures.unit("FARSTA"), null).raw().body())
			.doesNotContain("Trygghetsvandringar kring Medborgarplatsen");
	}

	@Test
	void leaksNothingInternal() {
		items.drafted("kommunikator.stad", items.item("Hemligt utkast", "Text"));
		Map<String, Object> internal = items.item("Intern rutin", "Text");
		internal.put("audience", "INTERNAL");
		items.published(internal);
		items.published(items.item("Offentligt", "Text"));
		for (String path : List.of("/public", "/public/communications", "/feed.atom", "/api/v1/public/communications",
				"/public/districts/" + sodermalm)) {
			String body = api.get(path, null).raw().body();
			assertThat(body).as(path)
				.doesNotContain("Hemligt utkast", "Intern rutin", "kommunikator.stad", "kommunikator.polis", "beredning.stad",
						"Kommunikatör", "Beredningsgruppen", "href=\"/communications", "Logga ut")
				.contains("Offentligt");
		}
	}

	@Test
	void answersUnknownPlacesAndItemsWithNotFound() {
		assertThat(api.get("/public/districts/" + UUID.randomUUID(), null).status()).isEqualTo(404);
		assertThat(api.get("/public/districts/" + fixtures.unit("LPO-SODERMALM"), null).status()).isEqualTo(404);
		assertThat(api.get("/public/communications/" + UUID.randomUUID(), null).status()).isEqualTo(404);
		assertThat(api.get("/public/districts/not-an-id", null).status()).isEqualTo(400);
		assertThat(api.get("/api/v1/public/communications?districtId=" + UUID.randomUUID(), null).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/public/communications?size=0", null).status()).isEqualTo(400);
	}

	private Api.Response conditional(String path, String header, String value) {
		return api.send(api.request(path, null).header(header, value).GET().build());
	}

	private Feed atom(String path) throws Exception {
		String xml = api.get(path, null).raw().body();
		WireFeedInput input = new WireFeedInput();
		input.setXmlHealerOn(false);
		return (Feed) input.build(new StringReader(xml));
	}

	private static Document xml(String text) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		return document;
	}
}
