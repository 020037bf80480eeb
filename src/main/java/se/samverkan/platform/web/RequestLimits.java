package se.samverkan.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Body size limits: {@code maxBody} for every request, {@code maxImport} for the paths in
 * {@code importPaths} (Ant patterns) that take whole files, the API's and the pages' alike (the
 * CSV import page takes the same files as the API). Multipart uploads are also held to
 * {@code maxImport} by {@code spring.servlet.multipart.*}, which follow it.
 */
@ConfigurationProperties("samverkan.web.limits")
public record RequestLimits(DataSize maxBody, DataSize maxImport, List<String> importPaths) {

	public RequestLimits {
		maxBody = maxBody == null ? DataSize.ofMegabytes(1) : maxBody;
		maxImport = maxImport == null ? DataSize.ofMegabytes(200) : maxImport;
		importPaths = importPaths == null ? List.of("/api/v1/imports/**", "/api/v1/observations/import",
				"/observations/import", "/api/v1/indicators/*/values/import", "/api/v1/indicators/values/import",
				"/indicators/values/import", "/indicators/kolada") : importPaths;
	}
}
