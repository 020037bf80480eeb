package se.samverkan.demo;

import se.samverkan.situation.Trend;

/** What the demo's coordinators wrote, per priority area (plainly marked as demo). */
final class DemoTexts {

	/** The priority areas Södermalm's agreement takes up; the others get a reason. */
	static final java.util.Set<String> FOCUS = java.util.Set.of("UNSAFE_PLACES", "YOUNG_PEOPLE_AT_RISK",
			"CRIMINAL_ENVIRONMENTS");

	private DemoTexts() {
	}

	static String assessment(String areaCode) {
		return switch (areaCode) {
			case "UNSAFE_PLACES" -> "Klotter, skadegörelse och trasig belysning samlas kring Medborgarplatsen, "
					+ "Slussen och Skanstull, mest fredag och lördag kväll. Fältassistenterna ser samma platser "
					+ "återkomma vecka efter vecka. (Demo)";
			case "YOUNG_PEOPLE_AT_RISK" -> "Grupper av unga samlas kvällstid vid Medborgarplatsen och "
					+ "tunnelbaneuppgångarna; störningarna har ökat sedan förra perioden. (Demo)";
			case "CRIMINAL_ENVIRONMENTS" -> "Misstänkt narkotikaförsäljning vid Skanstull och i parkerna kring "
					+ "Zinkensdamm, oftast sena kvällar. (Demo)";
			default -> "Inga större förändringar sedan förra perioden. (Demo)";
		};
	}

	static Trend trend(String areaCode) {
		return switch (areaCode) {
			case "UNSAFE_PLACES", "YOUNG_PEOPLE_AT_RISK" -> Trend.UP;
			case "CRIMINAL_ENVIRONMENTS" -> Trend.FLAT;
			default -> Trend.UNKNOWN;
		};
	}

	static String focusTitle(String areaCode, String areaName) {
		return switch (areaCode) {
			case "UNSAFE_PLACES" -> "Tryggare platser kring Medborgarplatsen och Skanstull";
			case "YOUNG_PEOPLE_AT_RISK" -> "Unga i riskzon kvällstid";
			case "CRIMINAL_ENVIRONMENTS" -> "Öppen narkotikahandel";
			default -> areaName;
		};
	}

	static String focusDescription(String areaCode) {
		return "Fokusområde ur lägesbilden för Södermalm (demo).";
	}
}
