package se.samverkan.followup;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.samverkan.identity.Actor;
import se.samverkan.planning.ActionPlan;
import se.samverkan.planning.PlanManagement;
import se.samverkan.platform.documents.CsvDocuments;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.DocumentFiles;
import se.samverkan.platform.documents.DocumentFormat;
import se.samverkan.platform.documents.DocxDocuments;
import se.samverkan.platform.documents.ExportJobs;
import se.samverkan.platform.documents.ExportJobs.ExportFile;
import se.samverkan.platform.documents.PdfDocuments;
import se.samverkan.platform.documents.XlsxDocuments;

/**
 * Files people take to meetings: a report, the yearly compilation and an action plan as PDF, DOCX,
 * XLSX or CSV (the action plan is the full plan document of {@link PlanDocuments}). Access is checked as for reading the item, before anything is drawn. {@link #inBackground}
 * runs the same export as a job with progress.
 */
@Service
public class FollowupExports {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String CSV = "text/csv;charset=UTF-8";

	/** What to export. */
	public enum Kind {
		REPORT, COMPILATION, PLAN
	}

	private final ReportManagement reports;

	private final CompilationManagement compilations;

	private final PlanManagement plans;

	private final FollowupDocuments documents;

	private final PlanDocuments planDocuments;

	private final PdfDocuments pdf;

	private final DocxDocuments docx;

	private final XlsxDocuments xlsx;

	private final CsvDocuments csv;

	private final ExportJobs jobs;

	FollowupExports(ReportManagement reports, CompilationManagement compilations, PlanManagement plans,
			FollowupDocuments documents, PlanDocuments planDocuments, PdfDocuments pdf, DocxDocuments docx,
			XlsxDocuments xlsx, CsvDocuments csv, ExportJobs jobs) {
		this.reports = reports;
		this.compilations = compilations;
		this.plans = plans;
		this.documents = documents;
		this.planDocuments = planDocuments;
		this.pdf = pdf;
		this.docx = docx;
		this.xlsx = xlsx;
		this.csv = csv;
		this.jobs = jobs;
	}

	/** The file, made now. {@code format} pdf, docx, xlsx or csv (400 on {@code format} otherwise). */
	public ExportFile export(Actor actor, Kind kind, UUID id, String format, Locale locale) {
		return export(actor, kind, id, checkedFormat(format), locale, (percent, step) -> {
		});
	}

	/**
	 * Starts the export as a background job and answers its id at once; access and the format are
	 * checked first, so a refused export starts no job.
	 */
	public UUID inBackground(Actor actor, Kind kind, UUID id, String format, Locale locale) {
		String checked = checkedFormat(format);
		String title = prepare(actor, kind, id, locale).title();
		return jobs.start(actor.username(), title + " (" + checked.toUpperCase(Locale.ROOT) + ")",
				progress -> export(actor, kind, id, checked, locale, progress));
	}

	private ExportFile export(Actor actor, Kind kind, UUID id, String format, Locale locale, ExportJobs.Progress progress) {
		progress.report(5, "read");
		Prepared prepared = prepare(actor, kind, id, locale);
		progress.report(40, "draw");
		byte[] content = switch (format) {
			case "pdf" -> pdf.render(prepared.document());
			case "docx" -> docx.render(prepared.document());
			case "xlsx" -> xlsx.render(prepared.document());
			default -> csv.render(prepared.csvTable());
		};
		progress.report(95, "done");
		String type = switch (format) {
			case "pdf" -> PDF;
			case "docx" -> DOCX;
			case "xlsx" -> XLSX;
			default -> CSV;
		};
		return new ExportFile(prepared.fileName() + "." + format, type, content);
	}

	private record Prepared(String title, String fileName, Document document,
			se.samverkan.platform.documents.Table csvTable) {
	}

	private Prepared prepare(Actor actor, Kind kind, UUID id, Locale locale) {
		var t = documents.texts(locale);
		switch (kind) {
			case REPORT -> {
				ReportManagement.ReportView view = reports.get(actor, id);
				String title = reports.title(view.plan(), view.report());
				Document document = documents.report(view, title, locale);
				Map<UUID, String> areas = new HashMap<>();
				documents.priorityAreas().forEach(area -> areas.put(area.id(), area.name()));
				return new Prepared(title, DocumentFiles.fileName("uppfoljning", title), document,
						document.sections().get(1).blocks().stream()
							.filter(se.samverkan.platform.documents.Table.class::isInstance)
							.map(se.samverkan.platform.documents.Table.class::cast)
							.findFirst()
							.orElseThrow());
			}
			case COMPILATION -> {
				AnnualCompilation compilation = compilations.get(actor, id);
				Document document = documents.compilation(compilation, locale);
				return new Prepared(document.title(), DocumentFiles.fileName("arssammanstallning", String.valueOf(compilation.year())),
						document, documents.comparison(t, compilation.content()));
			}
			default -> {
				ActionPlan plan = plans.get(actor, id);
				Document document = planDocuments.document(actor, plan, locale);
				Map<UUID, String> areas = new HashMap<>();
				documents.priorityAreas().forEach(area -> areas.put(area.id(), area.name()));
				return new Prepared(document.title(), DocumentFiles.fileName(document.title()), document,
						documents.activities(t, plans.activities(plan), areas));
			}
		}
	}

	static String checkedFormat(String format) {
		return DocumentFormat.parse(format, DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.XLSX,
				DocumentFormat.CSV).extension();
	}
}
