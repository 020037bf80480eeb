package se.samverkan.bench;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.organisation.DistrictLocator;
import se.samverkan.support.Api;
import se.samverkan.support.IntegrationTest;

/**
 * Issue 11's figure for the files officials have: 1,000,000 observations as Swedish Excel saves
 * them (semicolon-separated, Windows-1252, CRLF, decimal commas in the coordinates, local date
 * and time "2025-03-04 21:30", descriptions with å, ä, ö) uploaded to
 * {@code POST /api/v1/observations/import} into an empty table, then uploaded again (every row
 * skipped). {@code -Dbench.xlsx=true} also imports the same rows as one .xlsx workbook (Excel's
 * limit is 1,048,576 rows a sheet); {@code -Dbench.xlsxOnly=true} only that; {@code -Dbench.readOnly=true}
 * times the CSV readers without the database and stops. {@code -Dbench.rows=N} changes the number of rows. Prints
 * BENCH lines, asserts nothing about time.
 */
@IntegrationTest
class SpreadsheetImportBenchmark {

	static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);

	/** The goal is a minute; ten minutes is a hang, not a slow run. */
	static final Duration TIMEOUT = Duration.ofMinutes(10);

	static final String[] CATEGORIES = { "VANDALISM", "GRAFFITI", "LITTERING", "DARK_OR_UNSAFE_PLACE", "DISRUPTIVE_GROUP",
			"DRUGS", "THREATS_TO_STAFF", "FIRE", "BURGLARY", "PUBLIC_VIOLENCE" };

	static final String[] WORDS = { "Klotter på väggen", "Skräp längs gångvägen", "Trasig belysning i gången",
			"Grupp ungdomar vid förskolan", "Krossad ruta i tunnelbaneuppgången", "Brand i papperskorg vid Åsögatan" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DistrictLocator locator;

	@Test
	void importsAMillionRowsAsSwedishExcelSavesThem() throws Exception {
		Api api = new Api(port);
		String token = api.tokenFor("beredning.stad");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Api.CONNECT_TIMEOUT).build();
		List<double[]> points = SituationBenchmark.pointsInside(locator, 11);
		empty();

		if (!Boolean.getBoolean("bench.xlsxOnly")) {
			csv(api, http, token, points);
		}
		if (Boolean.getBoolean("bench.xlsx") || Boolean.getBoolean("bench.xlsxOnly")) {
			empty();
			long generating = System.nanoTime();
			Path xlsx = workbook(points);
			System.out.printf("BENCH spreadsheet xlsx generated: %d rows, %.0f MB in %.1f s%n", ROWS, Files.size(xlsx) / 1e6,
					(System.nanoTime() - generating) / 1e9);
			upload(api, http, token, xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					".xlsx workbook, first time");
			Files.deleteIfExists(xlsx);
		}
		empty();
	}

	/** No observations and no counts: TRUNCATE, as a million-row DELETE would update the aggregates row by row. */
	private void empty() {
		jdbc.sql("TRUNCATE observation, observation_status_change, observation_count, observation_cell_count").update();
	}

	/**
	 * The reading alone, in this JVM, without the database: the hand-written reader the import used
	 * before (UTF-8 and commas only, so here given the file decoded as Windows-1252 with semicolons
	 * turned into commas on the fly), the shared tabular reader (encoding detection, separator,
	 * Commons CSV), and the shared reader with the observation cells parsed. Each is run twice; the
	 * second is printed (the first warms the JIT and the page cache).
	 */
	private static void readers(Path csv) throws Exception {
		for (int round = 0; round < 2; round++) {
			long start = System.nanoTime();
			long handWritten = 0;
			try (java.io.Reader in = new SemicolonsAsCommas(Files.newBufferedReader(csv, Charset.forName("windows-1252")))) {
				var reader = new se.samverkan.platform.text.CsvReader(in);
				while (reader.nextRecord() != null) {
					handWritten++;
				}
			}
			double old = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			long[] tabular = { 0 };
			se.samverkan.platform.tabular.TabularFiles.read(csv, new se.samverkan.platform.tabular.TabularRows() {
				@Override
				public void header(se.samverkan.platform.tabular.TabularHeader header) {
				}

				@Override
				public void row(se.samverkan.platform.tabular.TabularRow row) {
					tabular[0]++;
				}
			});
			double shared = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			long[] parsed = { 0 };
			List<se.samverkan.situation.ImportResult.LineError> errors = new java.util.ArrayList<>();
			se.samverkan.situation.internal.ObservationFile.read(csv, errors, (line, input, checks) -> {
				if (checks.isEmpty() && input.position().isComplete()) {
					parsed[0]++;
				}
			});
			double withCells = (System.nanoTime() - start) / 1e9;
			if (round == 1) {
				System.out.printf("BENCH spreadsheet readers, %d rows: hand-written CsvReader %.1f s (%d rows); shared tabular reader"
						+ " %.1f s (%d rows); shared reader + observation cells parsed %.1f s (%d rows, %d errors); load average %.1f%n",
						ROWS, old, handWritten, shared, tabular[0], withCells, parsed[0], errors.size(),
						java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			}
		}
	}

	/** Hands the Swedish file on as the comma-separated one the old reader took: ';' to ',', decimal ',' to '.'. */
	private static final class SemicolonsAsCommas extends java.io.FilterReader {

		SemicolonsAsCommas(java.io.Reader in) {
			super(in);
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws java.io.IOException {
			int n = super.read(buffer, offset, length);
			for (int i = offset; i < offset + Math.max(0, n); i++) {
				if (buffer[i] == ';') {
					buffer[i] = ',';
				}
				else if (buffer[i] == ',') {
					buffer[i] = '.';
				}
			}
			return n;
		}
	}

	/** The Swedish Excel CSV: the readers alone, then uploaded into an empty table and uploaded again. */
	private void csv(Api api, HttpClient http, String token, List<double[]> points) throws Exception {
		long generating = System.nanoTime();
		Path csv = excelCsv(points);
		System.out.printf("BENCH spreadsheet csv generated: %d rows, %.0f MB in %.1f s%n", ROWS, Files.size(csv) / 1e6,
				(System.nanoTime() - generating) / 1e9);
		readers(csv);
		if (Boolean.getBoolean("bench.readOnly")) {
			Files.deleteIfExists(csv);
			return;
		}
		upload(api, http, token, csv, "text/csv", "Excel CSV (semicolon, Windows-1252, decimal comma), first time");
		upload(api, http, token, csv, "text/csv", "Excel CSV again (every row skipped)");
		Files.deleteIfExists(csv);
	}

	private void upload(Api api, HttpClient http, String token, Path file, String type, String what) throws Exception {
		long load = System.nanoTime();
		double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		HttpResponse<String> response = http.send(api.request("/api/v1/observations/import", token)
			.timeout(TIMEOUT)
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofFile(file))
			.build(), HttpResponse.BodyHandlers.ofString());
		double seconds = (System.nanoTime() - load) / 1e9;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(what + " -> " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
		long stored = jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
		System.out.printf("BENCH spreadsheet import, %s: %d rows (%.0f MB) in %.1f s over HTTP; %d stored; %s;"
				+ " load average %.1f before, %.1f after%n", what, ROWS, Files.size(file) / 1e6, seconds, stored,
				response.body(), loadBefore,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static LocalDateTime when(int i) {
		return LocalDateTime.of(2025, 1 + i % 12, 1 + i % 28, i % 24, i % 60);
	}

	private static Path excelCsv(List<double[]> points) throws Exception {
		Path file = Files.createTempFile("bench-excel", ".csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
			out.write("occurredAt;lat;lon;categoryCode;severity;description;externalId\r\n");
			for (int i = 0; i < ROWS; i++) {
				double[] point = points.get(i % points.size());
				LocalDateTime when = when(i);
				// Swedish Excel: local time without seconds, decimal comma.
				out.write(String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d;%s;%s;%s;%d;%s %d;xlbench-%d\r\n", when.getYear(),
						when.getMonthValue(), when.getDayOfMonth(), when.getHour(), when.getMinute(),
						decimalComma(point[0]), decimalComma(point[1]), CATEGORIES[i % 10], 1 + i % 4,
						WORDS[i % WORDS.length], i, i));
			}
		}
		return file;
	}

	private static String decimalComma(double value) {
		return String.format(Locale.ROOT, "%.6f", value).replace('.', ',');
	}

	/** The same rows as a workbook, typed as Excel would hold them: a date-time cell, number cells, text. */
	private static Path workbook(List<double[]> points) throws Exception {
		Path file = Files.createTempFile("bench-excel", ".xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
			workbook.setCompressTempFiles(true);
			SXSSFSheet sheet = workbook.createSheet("Iakttagelser");
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			String[] header = { "occurredAt", "lat", "lon", "categoryCode", "severity", "description", "externalId" };
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			for (int i = 0; i < ROWS; i++) {
				double[] point = points.get(i % points.size());
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue(when(i));
				row.getCell(0).setCellStyle(dateTime);
				row.createCell(1).setCellValue(point[0]);
				row.createCell(2).setCellValue(point[1]);
				row.createCell(3).setCellValue(CATEGORIES[i % 10]);
				row.createCell(4).setCellValue(1 + i % 4);
				row.createCell(5).setCellValue(WORDS[i % WORDS.length] + " " + i);
				row.createCell(6).setCellValue("xlbench-" + i);
			}
			workbook.write(out);
		}
		return file;
	}
}
