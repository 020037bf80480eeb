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
			"0701234567", "8112189876", "811318-9876", "811232-9876", "811292-9876", "21811218-9876",
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
}
