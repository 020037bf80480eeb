package se.samverkan.situation;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.identity.Actor;
import se.samverkan.platform.documents.DocumentFiles;
import se.samverkan.platform.documents.DocumentFormat;
import se.samverkan.platform.documents.ExportJobs.ExportFile;

/**
 * The situation picture as a file (PDF or DOCX) in the reader's language, for whoever may read the
 * picture: the same check as reading it, before anything is drawn.
 */
@Service
public class SituationPictureExports {

	private final SituationPictureManagement pictures;

	private final SituationPictureDocuments documents;

	private final DocumentFiles files;

	SituationPictureExports(SituationPictureManagement pictures, SituationPictureDocuments documents, DocumentFiles files) {
		this.pictures = pictures;
		this.documents = documents;
		this.files = files;
	}

	/** {@code format}: pdf or docx (400 on {@code format} otherwise). */
	@Transactional(readOnly = true)
	public ExportFile export(Actor actor, UUID id, String format, Locale locale) {
		DocumentFormat checked = DocumentFormat.parse(format, DocumentFormat.PDF, DocumentFormat.DOCX);
		SituationPicture picture = pictures.get(actor, id);
		return files.render(documents.document(picture, locale), checked,
				DocumentFiles.fileName(documents.title(picture, locale)));
	}
}
