package se.samverkan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import se.samverkan.agreement.PriorityArea;
import se.samverkan.analysis.Cause;
import se.samverkan.analysis.CauseInput;
import se.samverkan.analysis.Problem;
import se.samverkan.analysis.ProblemInput;
import se.samverkan.analysis.ProblemManagement;
import se.samverkan.identity.Actor;

/** Three of Södermalm's problems with their cause trees, as the coordinators of both parties analysed them. */
final class DemoAnalysis {

	private DemoAnalysis() {
	}

	/** Registers the problems; answers each problem's causes in the order added. */
	static List<List<Cause>> problems(ProblemManagement problems, Actor city, Actor police, UUID district,
			List<PriorityArea> areas, BiConsumer<String, UUID> record) {
		List<List<Cause>> all = new ArrayList<>();
		all.add(problem(problems, city, police, district, area(areas, "UNSAFE_PLACES"),
				"Otrygghet vid Medborgarplatsen kvällstid", 1,
				new String[][] { { "Dålig belysning i parken och vid trapporna", null, "PLACE", "RISK" },
						{ "Ingen ansvarar för belysningen i parkens inre del", "0", "MANAGER", "RISK" },
						{ "Grupper samlas vid uteserveringarnas stängning", null, "OFFENDER", "RISK" },
						{ "Trygghetsvärdar finns på plats fredagar", null, "GUARDIAN", "PROTECTIVE" } },
				record));
		all.add(problem(problems, police, city, district, area(areas, "YOUNG_PEOPLE_AT_RISK"),
				"Unga som rekryteras till narkotikaförsäljning vid Skanstull", 2,
				new String[][] { { "Få vuxna ute sena kvällar", null, "GUARDIAN", "RISK" },
						{ "Fritidsgården stänger klockan 21", "0", "MANAGER", "RISK" },
						{ "Äldre kamrater lockar med pengar", null, "OFFENDER", "RISK" },
						{ "Skolan har kontakt med vårdnadshavarna", null, "VICTIM", "PROTECTIVE" } },
				record));
		all.add(problem(problems, city, police, district, area(areas, "UNSAFE_PLACES"),
				"Klotter och skadegörelse kring Slussen", 3,
				new String[][] { { "Klotter sitter kvar i veckor", null, "PLACE", "RISK" },
						{ "Oklart vem som äger ytorna under byggtiden", "0", "MANAGER", "RISK" },
						{ "Samma taggar återkommer helg efter helg", null, "OFFENDER", "RISK" } },
				record));
		return all;
	}

	/** Each cause: text, index of its parent among those before it (or null), triangle side, factor. */
	private static List<Cause> problem(ProblemManagement problems, Actor author, Actor other, UUID district,
			UUID area, String title, int priority, String[][] causes, BiConsumer<String, UUID> record) {
		Problem problem = problems.register(author, new ProblemInput(district, area, title + " (demo)",
				"Framtaget ur lägesbilden och fältets iakttagelser (demo).", priority,
				"Iakttagelser, polisens händelser, lägesbilden", List.of(), List.of()));
		record.accept("PROBLEM", problem.id());
		List<Cause> added = new ArrayList<>();
		for (int i = 0; i < causes.length; i++) {
			String[] cause = causes[i];
			UUID parent = cause[1] == null ? null : added.get(Integer.parseInt(cause[1])).id();
			added.add(problems.addCause(i % 2 == 0 ? author : other, problem.id(),
					new CauseInput(cause[0], parent, null, cause[2], cause[3], null)));
		}
		return added;
	}

	static UUID area(List<PriorityArea> areas, String code) {
		return areas.stream()
			.filter(area -> area.code().equals(code))
			.findFirst()
			.orElse(areas.get(0))
			.id();
	}
}
