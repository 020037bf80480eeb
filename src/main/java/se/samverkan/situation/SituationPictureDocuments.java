package se.samverkan.situation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.governance.DecisionFacts;
import se.samverkan.governance.DecisionRecord;
import se.samverkan.governance.SteeringDecisions;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.Table;
import se.samverkan.platform.documents.Words;

/**
 * The situation picture as a document for the steering group: a cover (district or city, period,
 * author party, status and the steering group's decision, for a joint picture both parties'), a
 * summary of the figures per priority area with the trend in words and the reasons for areas not
 * assessed, one section per priority area with its assessment (or the reason), figures against the
 * previous period and indicators, the weekly chart, the hotspot map, the sources with their
 * limitations, and the method. Every word comes from the message bundles in the reader's
 * language; no enum name reaches the reader.
 */
@Component
public class SituationPictureDocuments {

	private final MessageSource messages;

	private final OrganisationDirectory organisation;

	private final ObservationCategories categories;

	private final PictureDrawings drawings;

	private final JsonMapper json;

	private final SteeringDecisions decisions;

	SituationPictureDocuments(MessageSource messages, OrganisationDirectory organisation,
			ObservationCategories categories, PictureDrawings drawings, JsonMapper json, SteeringDecisions decisions) {
		this.decisions = decisions;
		this.messages = messages;
		this.organisation = organisation;
		this.categories = categories;
		this.drawings = drawings;
		this.json = json;
	}

	/** The district's name, or the words for the whole city. */
	public String place(SituationPicture picture, Words words) {
		return picture.districtId() == null ? words.get("picture.citywide")
				: organisation.unit(picture.districtId()).map(unit -> unit.name()).orElse(words.get("doc.none"));
	}

	/** The title the document and its file carry: "Lägesbild Södermalm 2026-T1". */
	public String title(SituationPicture picture, Locale locale) {
		Words words = new Words(messages, locale);
		return words.get("doc.picture.title", place(picture, words), picture.period());
	}

	public Document document(SituationPicture picture, Locale locale) {
		Words words = new Words(messages, locale);
		String place = place(picture, words);
		Period period = Period.parse(picture.period());
		List<Figures> figures = picture.sections().stream().map(section -> figures(section)).toList();
		List<Document.Section> sections = new ArrayList<>();
		sections.add(summary(picture, figures, words));
		Map<String, String> categoryNames = categoryNames(words);
		for (int i = 0; i < picture.sections().size(); i++) {
			sections.add(area(picture.sections().get(i), figures.get(i), categoryNames, words));
		}
		PictureDrawings.Drawings drawn = drawings.of(picture, place, words);
		List<Document.Block> weeks = new ArrayList<>();
		if (!drawn.frozen()) {
			weeks.add(new Document.Paragraph(words.get("doc.picture.live")));
		}
		weeks.add(drawn.weeks());
		sections.add(new Document.Section(words.get("doc.picture.weeks"), weeks));
		sections.add(drawn.map()
			.map(map -> Document.Section.of(words.get("doc.picture.map"), new Document.Paragraph(picture.districtId() == null
					? words.get("doc.picture.map.intro.city") : words.get("doc.picture.map.intro", place)), map))
			.orElseGet(() -> Document.Section.of(words.get("doc.picture.map"),
					new Document.Paragraph(words.get("doc.picture.map.missing")))));
		Table.Builder sources = Table.of(words.get("doc.picture.sources.table"),
				Table.text(words.get("doc.picture.column.source")), Table.text(words.get("doc.picture.column.limitations")));
		picture.sources().forEach(source -> sources.row(source.name(), source.limitations()));
		sections.add(Document.Section.of(words.get("doc.picture.sources"), sources.build()));
		sections.add(Document.Section.of(words.get("doc.picture.method"),
				new Document.Paragraph(words.get("doc.picture.method.text"))));
		return new Document(words.get("doc.picture.kicker"), words.get("doc.picture.title", place, picture.period()),
				words.get("doc.picture.subtitle", place, picture.period()), cover(picture, place, period, words), sections,
				locale);
	}

	private List<Document.Fact> cover(SituationPicture picture, String place, Period period, Words words) {
		List<Document.Fact> cover = new ArrayList<>();
		cover.add(new Document.Fact(words.get("doc.picture.area"), place));
		cover.add(new Document.Fact(words.get("doc.picture.period"),
				words.get("doc.picture.period.value", picture.period(), period.start().toString(), period.end().toString())));
		cover.add(new Document.Fact(words.get("doc.picture.author"), party(picture.authorParty(), words)));
		cover.add(new Document.Fact(words.get("doc.picture.status"), words.get("picture.status." + picture.status())));
		cover.addAll(DecisionFacts.of(DecisionRecord.of(decisions.of(picture.id())), "JOINT".equals(picture.authorParty()),
				code -> partyName(code, words), words));
		cover.add(new Document.Fact(words.get("doc.picture.created"),
				words.get("doc.picture.created.value", Words.day(picture.createdAt()), picture.createdBy())));
		return cover;
	}

	private Document.Section summary(SituationPicture picture, List<Figures> figures, Words words) {
		long current = figures.stream().mapToLong(Figures::current).sum();
		long previous = figures.stream().mapToLong(Figures::previous).sum();
		String previousPeriod = figures.isEmpty() ? "" : figures.get(0).previousPeriod();
		Table.Builder table = Table.of(words.get("doc.picture.summary.table"), Table.text(words.get("doc.picture.column.area")),
				Table.integer(words.get("doc.picture.column.current", picture.period())),
				Table.integer(words.get("doc.picture.column.previous", previousPeriod)),
				Table.integer(words.get("doc.picture.column.change")), Table.text(words.get("doc.picture.column.trend")),
				Table.text(words.get("doc.picture.column.assessed")));
		for (int i = 0; i < figures.size(); i++) {
			Figures f = figures.get(i);
			SituationPicture.Section section = picture.sections().get(i);
			table.row(areaName(section, words), f.current(), f.previous(), f.current() - f.previous(),
					words.get("picture.trend." + f.trend()), words.get("picture.trend." + section.trend()));
		}
		List<Document.Block> blocks = new ArrayList<>();
		blocks.add(new Document.Paragraph(words.get("doc.picture.summary.text", picture.period(), current, previousPeriod, previous)));
		blocks.add(table.build());
		List<Document.Fact> reasons = picture.sections()
			.stream()
			.filter(SituationPictureDocuments::notAssessed)
			.map(section -> new Document.Fact(areaName(section, words), section.notAddressedReason()))
			.toList();
		if (!reasons.isEmpty()) {
			blocks.add(new Document.Subheading(words.get("doc.picture.notAssessed")));
			blocks.add(new Document.Paragraph(words.get("doc.picture.notAssessed.text")));
			blocks.add(new Document.Facts(reasons));
		}
		return new Document.Section(words.get("doc.picture.summary"), blocks);
	}

	/** An area the picture gives a reason for not assessing, instead of an assessment. */
	private static boolean notAssessed(SituationPicture.Section section) {
		return (section.assessment() == null || section.assessment().isBlank()) && section.notAddressedReason() != null
				&& !section.notAddressedReason().isBlank();
	}

	private Document.Section area(SituationPicture.Section section, Figures f, Map<String, String> categoryNames,
			Words words) {
		String name = areaName(section, words);
		List<Document.Block> blocks = new ArrayList<>();
		blocks.add(new Document.Subheading(words.get("doc.picture.assessment")));
		blocks.add(new Document.Paragraph(notAssessed(section)
				? words.get("doc.picture.notAssessed.reason", section.notAddressedReason())
				: section.assessment() == null || section.assessment().isBlank() ? words.get("doc.picture.assessment.none")
						: section.assessment()));
		List<Document.Fact> facts = new ArrayList<>();
		facts.add(new Document.Fact(words.get("doc.picture.figures.current", f.period()), String.valueOf(f.current())));
		facts.add(new Document.Fact(words.get("doc.picture.figures.previous", f.previousPeriod()), String.valueOf(f.previous())));
		facts.add(new Document.Fact(words.get("doc.picture.figures.trend"), words.get("picture.trend." + f.trend())));
		facts.add(new Document.Fact(words.get("doc.picture.figures.assessed"), words.get("picture.trend." + section.trend())));
		if (f.policeEvents() != null) {
			facts.add(new Document.Fact(words.get("doc.picture.figures.police"), String.valueOf(f.policeEvents())));
		}
		blocks.add(new Document.Facts(facts));
		Table.Builder byCategory = Table.of(words.get("doc.picture.byCategory", name),
				Table.text(words.get("doc.picture.column.category")), Table.integer(words.get("doc.picture.column.count")));
		f.byCategory().forEach((code, count) -> byCategory.row(categoryNames.getOrDefault(code, code), count));
		blocks.add(byCategory.build());
		blocks.add(indicators(f.indicators(), name, words));
		if (!f.byDistrict().isEmpty()) {
			Table.Builder byDistrict = Table.of(words.get("doc.picture.byDistrict", name),
					Table.text(words.get("doc.picture.column.district")), Table.integer(words.get("doc.picture.column.count")));
			f.byDistrict().forEach(byDistrict::row);
			blocks.add(byDistrict.build());
		}
		return new Document.Section(name, blocks);
	}

	/**
	 * The area's indicators as the picture keeps them (frozen when it was established): the latest value
	 * known by the period's end against the one before, and whether that is better or worse.
	 */
	private static Document.Block indicators(List<IndicatorFigure> indicators, String area, Words words) {
		if (indicators.isEmpty()) {
			return new Document.Paragraph(words.get("doc.picture.indicators.none"));
		}
		Table.Builder table = Table.of(words.get("indicator.picture.caption", area),
				Table.text(words.get("indicator.picture.indicator")), Table.text(words.get("indicator.value.unit")),
				Table.text(words.get("doc.picture.column.latestPeriod")), Table.decimal(words.get("indicator.picture.latest")),
				Table.text(words.get("doc.picture.column.previousPeriod")), Table.decimal(words.get("indicator.picture.previous")),
				Table.decimal(words.get("doc.picture.column.change")), Table.text(words.get("indicator.picture.development")));
		for (IndicatorFigure i : indicators) {
			String period = i.period() == null ? words.get("doc.none") : i.period();
			if (i.state() != null) {
				period += " · " + words.get("indicator.state." + i.state());
			}
			if (i.demo()) {
				period += " · " + words.get("indicator.demo.tag");
			}
			String development = i.better() != null ? words.get(i.better() ? "indicator.better" : "indicator.worse")
					: i.change() == null ? words.get("doc.none") : words.get("indicator.picture.unchanged");
			table.row(i.unit() == null || i.unit().isBlank() ? i.name() : i.name() + " (" + i.unit() + ")", i.unitName(),
					period, i.value(), i.previousPeriod() == null ? words.get("doc.none") : i.previousPeriod(),
					i.previousValue(), i.change(), development);
		}
		return table.build();
	}

	/** The area's name in the reader's language (the section keeps the Swedish name it had when made). */
	private static String areaName(SituationPicture.Section section, Words words) {
		return words.getOr("area." + section.priorityAreaCode(), section.priorityAreaName());
	}

	private String party(String code, Words words) {
		if (code.equals("JOINT")) {
			return words.get("doc.party.JOINT", partyName("CITY", words), partyName("POLICE", words));
		}
		return partyName(code, words);
	}

	/** A party's name in the reader's language. */
	private String partyName(String code, Words words) {
		return DecisionFacts.partyName(organisation.parties(), code, words);
	}

	private Map<String, String> categoryNames(Words words) {
		Map<String, String> names = new HashMap<>();
		categories.all().forEach(c -> names.put(c.code(), words.english() && c.nameEn() != null ? c.nameEn() : c.name()));
		return names;
	}

	/** A section's frozen figures, read from the JSON kept with it. */
	private record Figures(String period, long current, String previousPeriod, long previous, String trend,
			Map<String, Long> byCategory, Map<String, Long> byDistrict, Long policeEvents, List<IndicatorFigure> indicators) {
	}

	/** An indicator's development as kept with the section (the indicator module's {@code Development}). */
	private record IndicatorFigure(String name, String unit, String unitName, String period, java.math.BigDecimal value,
			String previousPeriod, java.math.BigDecimal previousValue, java.math.BigDecimal change, Boolean better,
			String state, boolean demo) {
	}

	private Figures figures(SituationPicture.Section section) {
		JsonNode node = json.readTree(section.figures());
		Map<String, Long> byCategory = new java.util.LinkedHashMap<>();
		node.path("byCategory").forEach(row -> byCategory.put(row.path("code").asString(), row.path("count").asLong()));
		Map<String, Long> byDistrict = new java.util.LinkedHashMap<>();
		node.path("byDistrict").forEach(row -> byDistrict.put(row.path("districtName").asString(), row.path("count").asLong()));
		List<IndicatorFigure> indicators = new ArrayList<>();
		node.path("indicators").forEach(row -> indicators.add(new IndicatorFigure(text(row, "name"), text(row, "unit"),
				text(row, "unitName"), text(row, "period"), decimal(row, "value"), text(row, "previousPeriod"),
				decimal(row, "previousValue"), decimal(row, "change"),
				row.path("better").isBoolean() ? row.path("better").asBoolean() : null, text(row, "state"),
				row.path("demo").asBoolean(false))));
		return new Figures(node.path("period").asString(), node.path("observations").asLong(),
				node.path("previousPeriod").asString(), node.path("previousObservations").asLong(),
				node.path("trend").asString("UNKNOWN"), byCategory, byDistrict,
				node.has("policeEvents") ? node.path("policeEvents").asLong() : null, indicators);
	}

	private static String text(JsonNode row, String field) {
		JsonNode value = row.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

	private static java.math.BigDecimal decimal(JsonNode row, String field) {
		JsonNode value = row.path(field);
		return value.isNumber() ? value.decimalValue() : null;
	}
}
