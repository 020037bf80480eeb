package se.samverkan.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.communication.WordDiff.Kind;
import se.samverkan.communication.WordDiff.Segment;

class WordDiffTest {

	@Test
	void marksTheWordsRemovedAndAdded() {
		List<Segment> diff = WordDiff.between("Trygghetsvandring på torsdag kväll", "Trygghetsvandring på fredag kväll");
		assertThat(diff).containsExactly(new Segment(Kind.SAME, "Trygghetsvandring på "), new Segment(Kind.REMOVED, "torsdag"),
				new Segment(Kind.ADDED, "fredag"), new Segment(Kind.SAME, " kväll"));
		assertThat(WordDiff.changed(diff)).isTrue();
	}

	@Test
	void showsAChangedLinkTargetAsAChangedWord() {
		List<Segment> diff = WordDiff.between("<a href=\"https://a.se\">Läs</a>", "<a href=\"https://b.se\">Läs</a>");
		assertThat(diff).contains(new Segment(Kind.REMOVED, "<a href=\"https://a.se\">"),
				new Segment(Kind.ADDED, "<a href=\"https://b.se\">"));
	}

	@Test
	void findsNothingInTheSameText() {
		assertThat(WordDiff.changed(WordDiff.between("samma text", "samma text"))).isFalse();
		assertThat(WordDiff.between("", "ny")).containsExactly(new Segment(Kind.ADDED, "ny"));
	}
}
