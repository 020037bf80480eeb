package se.samverkan.agreement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.Words;

/**
 * An agreement as the document the district committee and the police sign: the parties, the
 * validity, the overarching agreement a local one rests on, the focus areas per priority area with
 * the reasons for the areas not addressed, the situation picture it rests on, and the signature
 * block (who signed for each party and when, or that the signature is missing). Every word in the
 * reader's language.
 */
@Component
public class AgreementDocuments {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final MessageSource messages;

	private final Agreements agreements;

	private final OrganisationDirectory organisation;

	private final SituationPictureBasis pictures;

	AgreementDocuments(MessageSource messages, Agreements agreements, OrganisationDirectory organisation,
			SituationPictureBasis pictures) {
		this.messages = messages;
		this.agreements = agreements;
		this.organisation = organisation;
		this.pictures = pictures;
	}

	public String title(Agreement agreement, Locale locale) {
		Words words = new Words(messages, locale);
		return words.get(agreement.kind() == AgreementKind.LOCAL ? "doc.agreement.title.local" : "doc.agreement.title.overarching",
				agreement.title());
	}

	public Document document(Agreement agreement, Locale locale) {
		Words words = new Words(messages, locale);
		boolean local = agreement.kind() == AgreementKind.LOCAL;
		String place = local ? organisation.unit(agreement.districtId()).map(unit -> unit.name()).orElse(words.get("doc.none"))
				: words.get("picture.citywide");
		List<Document.Fact> cover = new ArrayList<>();
		cover.add(new Document.Fact(words.get("doc.agreement.kind"), words.get("doc.agreement.kind." + agreement.kind())));
		cover.add(new Document.Fact(words.get("doc.picture.area"), place));
		cover.add(new Document.Fact(words.get("agreement.parties"), parties(agreement, words)));
		cover.add(new Document.Fact(words.get("doc.agreement.validity"), validity(agreement, words)));
		cover.add(new Document.Fact(words.get("doc.agreement.status"), words.get("agreement.status." + agreement.status())));
		cover.add(new Document.Fact(words.get("doc.agreement.revision"),
				words.get("doc.agreement.revision.value", agreement.revisionIntervalYears(), agreement.nextRevisionDue())));
		List<Document.Section> sections = new ArrayList<>();
		if (agreement.goal() != null && !agreement.goal().isBlank()) {
			sections.add(Document.Section.of(words.get("agreement.goal"), new Document.Paragraph(agreement.goal())));
		}
		if (local) {
			sections.add(restsOn(agreement, words));
		}
		sections.add(areas(agreement, words));
		sections.add(Document.Section.of(words.get("agreement.signatures"), signatures(agreement, words)));
		return new Document(words.get("doc.agreement.kind." + agreement.kind()), title(agreement, locale),
				words.get("doc.agreement.subtitle", place, validity(agreement, words)), cover, sections, locale);
	}

	private String parties(Agreement agreement, Words words) {
		List<String> names = new ArrayList<>();
		agreement.partyUnitParties().forEach((unitId, party) -> names.add(organisation.unit(unitId)
			.map(unit -> unit.name() + " (" + partyName(party, words) + ")")
			.orElse(partyName(party, words))));
		return names.isEmpty() ? String.join(", ", agreement.parties().stream().map(p -> partyName(p, words)).toList())
				: String.join(", ", names);
	}

	private static String validity(Agreement agreement, Words words) {
		return agreement.validTo() == null ? words.get("doc.agreement.validity.open", agreement.validFrom())
				: words.get("doc.agreement.validity.value", agreement.validFrom(), agreement.validTo());
	}

	/** The overarching agreement in force when the local one starts, and the situation picture it rests on. */
	private Document.Section restsOn(Agreement agreement, Words words) {
		List<Document.Block> blocks = new ArrayList<>();
		var overarching = agreements.overarchingOn(agreement.validFrom());
		blocks.add(new Document.Facts(List.of(
				new Document.Fact(words.get("doc.agreement.overarching"), overarching
					.map(o -> words.get("doc.agreement.overarching.value", o.title(), validity(o, words),
							words.get("agreement.status." + o.status())))
					.orElse(words.get("doc.agreement.overarching.none"))),
				new Document.Fact(words.get("doc.agreement.picture"), pictures.restingOn(agreement.districtId(), agreement.validFrom())
					.map(p -> words.get("doc.agreement.picture.value", p.period(), Words.day(p.establishedAt()), p.establishedBy()))
					.orElse(words.get("doc.agreement.picture.none"))))));
		blocks.add(new Document.Paragraph(words.get("doc.agreement.restsOn.text")));
		return new Document.Section(words.get("doc.agreement.restsOn"), blocks);
	}

	/** Each priority area with its focus areas, or the reason there is none, or that both are missing. */
	private Document.Section areas(Agreement agreement, Words words) {
		List<PriorityArea> areas = agreement.kind() == AgreementKind.OVERARCHING ? agreements.priorityAreasOf(agreement.id())
				: agreements.overarchingOn(agreement.validFrom())
					.map(o -> agreements.priorityAreasOf(o.id()))
					.orElse(List.of());
		List<Document.Block> blocks = new ArrayList<>();
		if (agreement.kind() == AgreementKind.LOCAL) {
			blocks.add(new Document.Paragraph(words.get("doc.agreement.areas.text")));
		}
		for (PriorityArea area : areas) {
			blocks.add(new Document.Subheading(words.english() && area.nameEn() != null ? area.nameEn() : area.name()));
			if (agreement.kind() == AgreementKind.OVERARCHING) {
				if (area.description() != null) {
					blocks.add(new Document.Paragraph(area.description()));
				}
				continue;
			}
			List<FocusArea> focus = agreement.focusAreas().stream().filter(f -> f.priorityAreaId().equals(area.id())).toList();
			for (FocusArea f : focus) {
				blocks.add(new Document.Facts(List.of(new Document.Fact(words.get("doc.agreement.focus"), f.title()),
						new Document.Fact(words.get("doc.agreement.focus.description"),
								f.description() == null || f.description().isBlank() ? words.get("doc.none") : f.description()))));
			}
			if (focus.isEmpty()) {
				String reason = agreement.notAddressed().stream()
					.filter(n -> n.priorityAreaId().equals(area.id()))
					.map(NotAddressed::reason)
					.findFirst()
					.orElse(null);
				blocks.add(new Document.Facts(List.of(new Document.Fact(words.get("doc.agreement.notAddressed"),
						reason == null ? words.get("doc.agreement.notAddressed.missing") : reason))));
			}
		}
		return new Document.Section(words.get("agreement.areas"), blocks);
	}

	/** One line per party that must sign: who signed and the day (Swedish time), or that it is missing. */
	private Document.Signatures signatures(Agreement agreement, Words words) {
		Map<String, Signature> byParty = new java.util.LinkedHashMap<>();
		agreement.signatures().forEach(signature -> byParty.put(signature.party(), signature));
		List<String> parties = new ArrayList<>(agreement.parties());
		byParty.keySet().stream().filter(party -> !parties.contains(party)).forEach(parties::add);
		List<Document.Signatory> lines = new ArrayList<>();
		for (String party : parties) {
			Signature signature = byParty.get(party);
			lines.add(signature == null ? new Document.Signatory(partyName(party, words), null, null, null)
					: new Document.Signatory(partyName(party, words), signature.signedBy(),
							signedOn(signature), signature.note()));
		}
		return new Document.Signatures(words.get("doc.agreement.signatures.caption"), lines);
	}

	private static LocalDate signedOn(Signature signature) {
		return signature.signedAt().atZoneSameInstant(STOCKHOLM).toLocalDate();
	}

	private String partyName(String code, Words words) {
		return organisation.parties().stream()
			.filter(party -> party.code().equals(code))
			.findFirst()
			.map(party -> words.english() && party.nameEn() != null ? party.nameEn() : party.name())
			.orElse(words.getOr("party." + code, code));
	}
}
