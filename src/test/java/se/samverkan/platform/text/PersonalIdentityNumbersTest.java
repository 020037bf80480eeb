package se.samverkan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

	@ParameterizedTest
	@ValueSource(strings = { "811218-9876", "Ungdom 811218-9876 sågs vid torget", "19811218-9876", "198112189876",
			"121212-1212", "20121212-1212", "191212121212" })
	void findsValidPersonalIdentityNumbers(String text) {
		assertThat(PersonalIdentityNumbers.containsAny(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "811278-9873", "19811278-9873", "701063-2391" })
	void findsCoordinationNumbers(String text) {
		assertThat(PersonalIdentityNumbers.containsAny(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "121212+1212", "Född 100 år sedan: 121212+1212." })
	void findsTheCentenarianForm(String text) {
		assertThat(PersonalIdentityNumbers.containsAny(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "811218-9875", "19811218-9870", "121212-1213", "811278-9874" })
	void ignoresNumbersWithAWrongCheckDigit(String text) {
		assertThat(PersonalIdentityNumbers.containsAny(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "KS 2023/740", "SÖD 2023/713", "2023-10-19", "08-508 000 00", "070-123 45 67",
			"0701234567", "811318-9876", "811232-9876", "811292-9876", "21811218-9876",
			"123456-12345", "1234567-1234", "Ärende 2023-09-29 klockan 10.00", "59.3146, 18.0714", "" })
	void ignoresNumbersThatMerelyLookSimilar(String text) {
		assertThat(PersonalIdentityNumbers.containsAny(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "000229-0005", "20000229-0005" })
	void acceptsTheTwentyNinthOfFebruaryOfALeapYear(String text) {
		assertThat(PersonalIdentityNumbers.containsAny(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "20010229-0004" })
	void rejectsTheTwentyNinthOfFebruaryOfACommonYear(String text) {
		assertThat(PersonalIdentityNumbers.containsAny(text)).isFalse();
	}
	/** Issue 14, point 4: every way of writing the separator, invisible characters, other digits. */
	@ParameterizedTest
	@ValueSource(strings = { "811218\u20139876", "811218\u22129876", "811218\u20119876", "811218\u20149876",
			"811218\u20109876", "811218\uFE639876", "811218 9876", "811218\u00A09876", "811218\u202F9876",
			"811218 - 9876", "19811218 9876", "19811218\u20139876", "8112\u200B18-9876", "81\u00AD1218-9876",
			"811218-98\u200D76", "\uFEFF811218-9876", "\uFF18\uFF11\uFF11\uFF12\uFF11\uFF18\uFF0D\uFF19\uFF18\uFF17\uFF16",
			"\uFF11\uFF19\uFF18\uFF11\uFF11\uFF12\uFF11\uFF18\uFF19\uFF18\uFF17\uFF16", "1212121212",
			"8112189876", "Ungdom 8112189876 sågs", "121212\uFF0B1212", "\u0668\u0661\u0661\u0662\u0661\u0668-9876" })
	void findsNumbersWrittenWithAnyDashSpaceInvisibleCharacterOrDigit(String text) {
		assertThat(PersonalIdentityNumbers.containsAny(text)).as(text).isTrue();
	}

	/**
	 * What must still pass: phone numbers as people write them, case numbers, dates and periods,
	 * and ten digits whose date or check digit is not valid.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "070\u2013123 45 67", "08\u2011508 000 00", "+46 70 123 45 67", "0046701234567",
			"KS\u00A02023/740", "2023\u201310\u201319", "2023-10-19 \u2013 2023-12-31", "20231019 \u2013 20231231",
			"Period 2025-T1 \u2013 2025-T2", "1212121213", "1234567890", "0701234567", "SÖD 2023/713, 2023-09-29",
			"Dnr 3.1.2-123/2023", "5000-K123456-23" })
	void stillIgnoresWhatMerelyLooksSimilar(String text) {
		assertThat(PersonalIdentityNumbers.containsAny(text)).as(text).isFalse();
	}

	@org.junit.jupiter.api.Test
	void findsNumbersWrittenWithCharactersThatOnlyNormaliseToDigits() {
		// Superscript two, circled eight: few ASCII digits, yet a number once normalised
		assertThat(PersonalIdentityNumbers.containsAny("\u2467112189876 sågs")).isTrue();
		assertThat(PersonalIdentityNumbers.containsAny("811\u00B2189876")).isTrue();
		// Mathematical bold digits lie outside the Basic Multilingual Plane
		assertThat(PersonalIdentityNumbers.containsAny("\uD835\uDFD6112189876")).isTrue();
	}

	/**
	 * The shortcut that counts digits before normalising decides as the full search does, on texts
	 * made of the characters that matter: digits of several kinds, separators, letters, invisible ones.
	 */
	@org.junit.jupiter.api.Test
	void theDigitCountShortcutDecidesAsTheFullSearch() {
		String[] pieces = { "8", "1", "2", "9", "7", "6", "0", "-", " ", "\u2013", "+", "å", "K", "\u00B2", "\u2467",
				"\uFF18", "\u0661", "\u200B", "\uD835\uDFD6", "\u00BD", "\u3358", "/", "\u00AD" };
		java.util.Random random = new java.util.Random(20261202);
		int found = 0;
		for (int n = 0; n < 200_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = 8 + random.nextInt(12);
			for (int i = 0; i < length; i++) {
				// Mostly plain digits, so that valid numbers occur
				text.append(random.nextInt(3) > 0 ? String.valueOf(random.nextInt(10)) : pieces[random.nextInt(pieces.length)]);
			}
			boolean full = PersonalIdentityNumbers.containsAnyNormalised(text);
			assertThat(PersonalIdentityNumbers.containsAny(text)).as(text.toString()).isEqualTo(full);
			found += full ? 1 : 0;
		}
		assertThat(found).as("texts holding a number").isGreaterThan(100);
	}

	@org.junit.jupiter.api.Test
	void masksEveryNumberAndKeepsTheRest() {
		assertThat(PersonalIdentityNumbers.mask("Rad 3: description: 811218\u20139876 och 121212 1212 sågs"))
			.isEqualTo("Rad 3: description: [personnummer] och [personnummer] sågs");
		assertThat(PersonalIdentityNumbers.mask("KS 2023/740")).isEqualTo("KS 2023/740");
		assertThat(PersonalIdentityNumbers.mask(null)).isNull();
	}
}
