package se.samverkan.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.samverkan.organisation.Party;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.Words;

/**
 * A steering group's decisions on a situation picture or an action plan as facts of a document: the
 * group, the meeting date, the decision text and who was present, for the decision that established
 * the item and, for a joint item, the other party's confirmation; or that the group has not decided
 * (yet, or since the item was reopened). The documents of both kinds show them the same way.
 */
public final class DecisionFacts {

	private DecisionFacts() {
	}

	/**
	 * {@code partyName}: a party's code (CITY, POLICE) to its name in the reader's language;
	 * {@code joint}: the item is both parties', so it needs the other party's confirmation.
	 */
	public static List<Document.Fact> of(DecisionRecord record, boolean joint, Function<String, String> partyName,
			Words words) {
		List<Document.Fact> facts = new ArrayList<>();
		Decision decision = record.decision();
		if (decision == null) {
			Decision last = record.history().isEmpty() ? null : record.history().get(record.history().size() - 1);
			facts.add(new Document.Fact(words.get("doc.decision"), last != null && Decision.REOPEN.equals(last.kind())
					? words.get("doc.decision.reopened", last.groupName(), last.decisionDate().toString(), last.decisionText())
					: words.get("doc.decision.none")));
			return facts;
		}
		facts.addAll(decision(decision, "doc.decision", partyName, words));
		if (record.confirmation() != null) {
			facts.addAll(decision(record.confirmation(), "doc.decision.confirmation", partyName, words));
		}
		else if (joint) {
			facts.add(new Document.Fact(words.get("doc.decision.confirmation"), words.get("doc.decision.awaiting")));
		}
		return facts;
	}

	/** A party's name ({@code CITY}, {@code POLICE}) in the reader's language. */
	public static String partyName(List<Party> parties, String code, Words words) {
		return parties.stream()
			.filter(party -> party.code().equals(code))
			.map(party -> words.english() && party.nameEn() != null ? party.nameEn() : party.name())
			.findFirst()
			.orElseGet(() -> words.get("picture.party." + code));
	}

	private static List<Document.Fact> decision(Decision decision, String label, Function<String, String> partyName,
			Words words) {
		String present = decision.present()
			.stream()
			.map(member -> member.party() == null ? member.name()
					: words.get("doc.decision.member", member.name(), partyName.apply(member.party())))
			.collect(Collectors.joining(", "));
		return List.of(
				new Document.Fact(words.get(label), decision.party() == null
						? words.get("doc.decision.value.noParty", decision.groupName(), decision.decisionDate().toString())
						: words.get("doc.decision.value", decision.groupName(), decision.decisionDate().toString(),
								partyName.apply(decision.party()))),
				new Document.Fact(words.get("doc.decision.text"), decision.decisionText()),
				new Document.Fact(words.get("doc.decision.present"), present.isEmpty() ? words.get("doc.none") : present));
	}
}
