package se.samverkan.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.samverkan.platform.documents.ExportJobs.ExportFile;

/** A made file as a download, its name kept (UTF-8) for the browser to save it under. */
public final class FileDownloads {

	private FileDownloads() {
	}

	public static ResponseEntity<byte[]> attachment(ExportFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}
}
