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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

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
 * limit is 1,048,576 rows a sheet). {@code -Dbench.rows=N} changes the number of rows. Prints
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
		List<double[]> points = pointsInside();
		jdbc.sql("DELETE FROM observation").update();

		long generating = System.nanoTime();
		Path csv = excelCsv(points);
		System.out.printf("BENCH spreadsheet csv generated: %d rows, %.0f MB in %.1f s%n", ROWS, Files.size(csv) / 1e6,
				(System.nanoTime() - generating) / 1e9);
		upload(api, http, token, csv, "text/csv", "Excel CSV (semicolon, Windows-1252, decimal comma), first time");
		upload(api, http, token, csv, "text/csv", "Excel CSV again (every row skipped)");
		Files.deleteIfExists(csv);

		if (Boolean.getBoolean("bench.xlsx")) {
			jdbc.sql("DELETE FROM observation").update();
			generating = System.nanoTime();
			Path xlsx = workbook(points);
			System.out.printf("BENCH spreadsheet xlsx generated: %d rows, %.0f MB in %.1f s%n", ROWS, Files.size(xlsx) / 1e6,
					(System.nanoTime() - generating) / 1e9);
			upload(api, http, token, xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					".xlsx workbook, first time");
			Files.deleteIfExists(xlsx);
		}
		jdbc.sql("DELETE FROM observation").update();
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

	/** 2,000 points inside Stockholm's neighbourhoods, so every row passes the district check. */
	private List<double[]> pointsInside() {
		List<double[]> inside = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(11);
		while (inside.size() < 2000) {
			double lat = 59.28 + random.nextDouble() * 0.08;
			double lon = 17.95 + random.nextDouble() * 0.2;
			if (locator.locate(lat, lon, LocalDate.of(2025, 6, 1)).isPresent()) {
				inside.add(new double[] { lat, lon });
			}
		}
		return inside;
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
