package se.samverkan.indicator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.tabular.TabularFileProblem;
import se.samverkan.platform.tabular.TabularFiles;
import se.samverkan.platform.tabular.TabularFormat;
import se.samverkan.platform.tabular.TabularHeader;
import se.samverkan.platform.tabular.TabularRow;
import se.samverkan.platform.tabular.TabularRows;

/**
 * A file of values read and checked line by line, by the same rules as the API. Every problem is
 * kept with its line (up to a thousand), so the person fixes the whole file at once: an unknown
 * column, indicator or unit, a period of the wrong form or kind, text where a number belongs, a
 * unit outside the writer's scope, the same unit and period twice.
 */
final class ValueFile {

	static final Set<String> COLUMNS = Set.of("indicatorCode", "unitCode", "period", "value", "state", "eventCount",
			"note");

	/** What was read: the checked rows, the indicators they are for, every error, and the format. */
	record Read(List<ValueRules.Checked> rows, List<Indicator> indicators, List<ImportReport.LineError> errors,
			String format) {
	}

	private final Indicators catalogue;

	private final ValueRules rules;

	private final ValueUnits.Lookup units;

	private final Indicator only;

	private final Predicate<UUID> mayWrite;

	private final Map<String, Optional<Indicator>> byCode = new HashMap<>();

	ValueFile(Indicators catalogue, ValueUnits.Lookup units, Indicator only, Predicate<UUID> mayWrite) {
		this.catalogue = catalogue;
		this.units = units;
		this.rules = new ValueRules(units);
		this.only = only;
		this.mayWrite = mayWrite;
	}

	Read read(Path file) {
		List<ImportReport.LineError> errors = new ArrayList<>();
		List<ValueRules.Checked> rows = new ArrayList<>();
		Map<UUID, Indicator> used = new LinkedHashMap<>();
		Map<String, Long> seen = new HashMap<>();
		int[] columns = new int[7];
		int[] headerSize = { 0 };
		String format;
		try {
			TabularFormat read = TabularFiles.read(file, new TabularRows() {
				@Override
				public void header(TabularHeader header) {
					List<String> required = only == null ? List.of("indicatorCode", "unitCode", "period", "value")
							: List.of("unitCode", "period", "value");
					for (String missing : header.missing(required)) {
						errors.add(new ImportReport.LineError(1, "Kolumnen ”" + missing + "” saknas. Rubrikraden ska ha "
								+ String.join(", ", required) + " (och får ha state, eventCount, note)."));
					}
					for (String unknown : header.unknown(COLUMNS)) {
						errors.add(new ImportReport.LineError(1, "Okänd kolumn ”" + unknown + "”. Kolumnerna som används är "
								+ "indicatorCode, unitCode, period, value, state, eventCount och note."));
					}
					headerSize[0] = header.names().size();
					String[] names = { "indicatorCode", "unitCode", "period", "value", "state", "eventCount", "note" };
					for (int i = 0; i < names.length; i++) {
						columns[i] = header.index(names[i]);
					}
				}

				@Override
				public void row(TabularRow row) {
					if (errors.size() >= ValueRecording.MAX_ERRORS) {
						return;
					}
					if (row.cells().size() > headerSize[0] && row.cells().subList(headerSize[0], row.cells().size())
						.stream()
						.anyMatch(cell -> !cell.isBlank())) {
						errors.add(new ImportReport.LineError(row.line(), "Raden har fler fält än rubrikraden."));
						return;
					}
					Indicator indicator = indicatorOf(row, columns[0], errors);
					if (indicator == null) {
						return;
					}
					ValueInput input = new ValueInput(null, row.cell(columns[1]), row.cell(columns[2]), row.cell(columns[3]),
							row.cell(columns[4]), row.cell(columns[5]), row.cell(columns[6]));
					FieldChecks checks = new FieldChecks();
					if (input.unitCode().isBlank()) {
						errors.add(new ImportReport.LineError(row.line(), "unitCode: Enhetens kod måste anges ("
								+ units.municipalityCode() + " för hela kommunen)."));
						return;
					}
					ValueRules.Checked checked = rules.check(indicator, input, row.line(), checks, name -> name);
					if (checked != null && !mayWrite.test(checked.unitId())) {
						checks.problem("unitCode", "scope", "Du får inte skriva värden för " + units.ref(checked.unitId()).name() + ".");
					}
					if (checked != null && checks.isEmpty()) {
						Long first = seen.putIfAbsent(ValueRecording.key(checked), row.line());
						if (first != null) {
							checks.problem("period", "duplicate", "Samma enhet och period finns redan på rad " + first + ".");
						}
					}
					for (FieldProblem problem : checks.problems()) {
						errors.add(new ImportReport.LineError(row.line(), problem.field() + ": " + problem.message()));
					}
					if (checks.isEmpty() && errors.isEmpty()) {
						rows.add(checked);
						used.putIfAbsent(indicator.id(), indicator);
					}
				}
			});
			format = describe(read);
		}
		catch (TabularFileProblem problem) {
			errors.add(new ImportReport.LineError(Math.max(1, problem.line()), problem.getMessage()));
			format = null;
		}
		if (errors.isEmpty() && rows.isEmpty()) {
			errors.add(new ImportReport.LineError(2, "Filen har inga värden under rubrikraden."));
		}
		if (errors.size() >= ValueRecording.MAX_ERRORS) {
			errors.add(new ImportReport.LineError(0, "Fler än " + ValueRecording.MAX_ERRORS + " fel: läsningen avbröts."));
		}
		return new Read(errors.isEmpty() ? rows : List.of(), List.copyOf(used.values()), errors, format);
	}

	private Indicator indicatorOf(TabularRow row, int column, List<ImportReport.LineError> errors) {
		String code = column < 0 ? "" : row.cell(column).strip();
		if (only != null) {
			if (!code.isEmpty() && !code.equalsIgnoreCase(only.code())) {
				errors.add(new ImportReport.LineError(row.line(), "indicatorCode: Filen gäller indikatorn " + only.code()
						+ ", inte ”" + code + "”."));
				return null;
			}
			return only;
		}
		if (code.isEmpty()) {
			errors.add(new ImportReport.LineError(row.line(), "indicatorCode: Indikatorns kod måste anges."));
			return null;
		}
		Indicator indicator = byCode.computeIfAbsent(code.toLowerCase(java.util.Locale.ROOT), key -> catalogue.byCode(code))
			.orElse(null);
		if (indicator == null) {
			errors.add(new ImportReport.LineError(row.line(), "indicatorCode: Okänd indikator ”" + code + "”."));
			return null;
		}
		if (indicator.computed()) {
			errors.add(new ImportReport.LineError(row.line(), "indicatorCode: " + indicator.code()
					+ " räknas ur observationerna och tar inga inskrivna värden."));
			return null;
		}
		return indicator;
	}

	private static String describe(TabularFormat format) {
		if (format.kind() == TabularFormat.Kind.XLSX) {
			return "XLSX";
		}
		String separator = switch (format.separator()) {
			case ';' -> "semikolon";
			case '\t' -> "tabb";
			default -> "komma";
		};
		return "CSV (" + format.encoding().name() + ", " + separator + ")";
	}
}
