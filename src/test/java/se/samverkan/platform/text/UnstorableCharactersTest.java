package se.samverkan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnstorableCharactersTest {

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "a\u0001", "\u0008", "\u000B", "\u000C", "\u001B[31m", "\u001F", "x\uFFFE",
			"\uFFFF", "\uFDD0", "\uFDEF", "\uD83F\uDFFE", "\uDBFF\uDFFF", "lone \uD800 surrogate", "\uDC00" })
	void findsControlCharactersNonCharactersAndLoneSurrogates(String text) {
		assertThat(UnstorableCharacters.containsAny(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Södermalm", "rad 1\nrad 2\r\n\tindrag", "\u00A0\u2013\u2011\u200B", "\u007F\u0085",
			"\uFFFD", "\uFDCF\uFDF0", "emoji \uD83D\uDE00", "" })
	void leavesTextAlone(String text) {
		assertThat(UnstorableCharacters.containsAny(text)).isFalse();
		assertThat(UnstorableCharacters.removeFrom(text)).isEqualTo(text);
	}

	@Test
	void removesOnlyWhatCannotBeStored() {
		assertThat(UnstorableCharacters.removeFrom("Bed\u0000ömning\uFFFE \uD83D\uDE00 \uD800klar\u000B"))
			.isEqualTo("Bedömning \uD83D\uDE00 klar");
	}

	@Test
	void namesTheCharacter() {
		assertThat(UnstorableCharacters.describe("ab\uFFFE", UnstorableCharacters.indexIn("ab\uFFFE"))).isEqualTo("U+FFFE");
	}
}
