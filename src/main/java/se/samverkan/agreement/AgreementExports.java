package se.samverkan.agreement;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.Actor;
import se.samverkan.platform.documents.DocumentFiles;
import se.samverkan.platform.documents.DocumentFormat;
import se.samverkan.platform.documents.ExportJobs.ExportFile;

/**
 * An agreement as a file (PDF or DOCX) in the reader's language, for whoever may read the
 * agreement: the same check as reading it, before anything is drawn.
 */
@Service
public class AgreementExports {

	private final AgreementManagement agreements;

	private final AgreementDocuments documents;

	private final DocumentFiles files;

	AgreementExports(AgreementManagement agreements, AgreementDocuments documents, DocumentFiles files) {
		this.agreements = agreements;
		this.documents = documents;
		this.files = files;
	}

	/** {@code format}: pdf or docx (400 on {@code format} otherwise). */
	@Transactional(readOnly = true)
	public ExportFile export(Actor actor, UUID id, String format, Locale locale) {
		DocumentFormat checked = DocumentFormat.parse(format, DocumentFormat.PDF, DocumentFormat.DOCX);
		Agreement agreement = agreements.get(actor, id);
		return files.render(documents.document(agreement, locale), checked,
				DocumentFiles.fileName(documents.title(agreement, locale)));
	}
}
