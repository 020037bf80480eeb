package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.samverkan.support.Api;
import se.samverkan.support.ApiTest;

/** Files of values: as Swedish Excel saves them, all or nothing with every error by line, idempotent. */
class ValueImportTests extends ApiTest {

	private static final String CSV = "text/csv";

	private IndicatorFixtures given;

	private UUID indicator;

	@BeforeEach
	void setUp() {
		given = new IndicatorFixtures(api, jdbc);
		given.removeAll();
		indicator = given.indicator("TEST-CSV");
	}

	@AfterEach
	void tearDown() {
		given.removeAll();
	}

	private Api.Response upload(String username, String text, Charset encoding) {
		return given.upload(username, "/api/v1/indicators/" + indicator + "/values/import", text.getBytes(encoding), CSV);
	}

	@Test
	void importsSemicolonsAndDecimalCommasInWindows1252AndTheSameFileTwiceChangesNothing() {
		String file = "unitCode;period;value;note\r\nSODERMALM;2024;21,5;Trygghetsmätning\r\nFarsta;2024;\"1 234,5\";\r\n"
				+ "0180;2024;18;Hela staden, från rapporten\r\nSkärholmen;2024;19;\r\n";
		var first = upload("beredning.stad", file, Charset.forName("windows-1252"));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("imported").asInt()).isEqualTo(4);
		assertThat(first.body().get("format").asString()).contains("windows-1252", "semikolon");
		JsonNode values = api.getAs("lasare", "/api/v1/indicators/" + indicator + "/values").body().get("items");
		assertThat(values.toString()).contains("\"value\":21.5", "\"value\":1234.5", "\"unitName\":\"Skärholmen\"",
				"Hela staden, från rapporten", "\"source\":\"CSV\"");
		var second = upload("beredning.stad", file, Charset.forName("windows-1252"));
		assertThat(second.body().get("imported").asInt()).isZero();
		assertThat(second.body().get("skipped").asInt()).isEqualTo(4);
		var utf8 = upload("beredning.stad", "\uFEFFunitCode,period,value\nSÖDERHAMN,2024,22\n", StandardCharsets.UTF_8);
		assertThat(utf8.status()).isEqualTo(400);
		assertThat(utf8.body().toString()).contains("”SÖDERHAMN” finns inte");
		assertThat(upload("beredning.stad", "\uFEFFunitCode,period,value\nSödermalm,2024,22\n", StandardCharsets.UTF_8)
			.body()
			.get("imported")
			.asInt()).isEqualTo(1);
	}

	@Test
	void refusesABadFileWholeListingEveryErrorByLine() {
		String file = String.join("\n", "unitCode;period;value;colour", "SODERMALM;2025-T4;1;", "SODERMALM;2025-13;2;",
				"SODERMALM;2025;tjugo;", "LPO-SODERMALM;2025;3;", "NOWHERE;2025;4;", "FARSTA;2025;5;", "FARSTA;2025;6;",
				"SODERMALM;2025-Q1;7;", ";2025;8;", "BROMMA;2024;9;;extra", "BROMMA;2023;10;");
		var response = upload("beredning.stad", file, StandardCharsets.UTF_8);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("imported").asInt()).isZero();
		JsonNode errors = response.body().get("errors");
		assertThat(errors).extracting(e -> e.get("line").asLong())
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L);
		assertThat(errors.toString()).contains("Okänd kolumn ”colour”", "tre tertialer", "01–12", "”tjugo” är inte ett tal",
				"inte en enhet på indikatorns nivå", "”NOWHERE” finns inte", "finns redan på rad 7", "mäts per år",
				"0180 för hela kommunen", "fler fält än rubrikraden");
		assertThat(given.storedValues(indicator)).isZero();
	}

	@Test
	void refusesLinesOutsideTheWritersScopeAndApprovalsByOthersThanCentralCoordinators() {
		var outside = upload("samordnare.farsta", "unitCode,period,value\nFARSTA,2025,1\nSODERMALM,2025,2\n0180,2025,3\n",
				StandardCharsets.UTF_8);
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.body().get("errors")).extracting(e -> e.get("line").asLong()).containsExactly(3L, 4L);
		var approving = upload("samordnare.farsta", "unitCode,period,value,state\nFARSTA,2025,1,APPROVED\n",
				StandardCharsets.UTF_8);
		assertThat(approving.status()).isEqualTo(400);
		assertThat(approving.body().get("errors").get(0).get("message").asString()).contains("central samordnare");
		assertThat(given.storedValues(indicator)).isZero();
		assertThat(upload("samordnare.farsta", "unitCode,period,value\nFARSTA,2025,1\n", StandardCharsets.UTF_8).status())
			.isEqualTo(200);
		assertThat(upload("lasare", "unitCode,period,value\nFARSTA,2025,1\n", StandardCharsets.UTF_8).status()).isEqualTo(403);
		assertThat(given.upload("beredning.stad", "/api/v1/indicators/" + UUID.randomUUID() + "/values/import",
				"unitCode,period,value\nFARSTA,2025,1\n".getBytes(StandardCharsets.UTF_8), CSV).status()).isEqualTo(404);
	}

	@Test
	void refusesFilesThatAreNoTablesOfValues() {
		assertThat(upload("beredning.stad", "", StandardCharsets.UTF_8).body().get("errors").toString()).contains("tom");
		assertThat(upload("beredning.stad", "unitCode,period,value\n", StandardCharsets.UTF_8).body().get("errors").toString())
			.contains("inga värden");
		assertThat(upload("beredning.stad", "unit,when\nFARSTA,2025\n", StandardCharsets.UTF_8).body().get("errors")
			.toString()).contains("”unitCode” saknas", "”period” saknas", "”value” saknas");
		assertThat(upload("beredning.stad", "unitCode,period,value\nFARSTA,2025,\"1\n", StandardCharsets.UTF_8).body()
			.get("errors")
			.toString()).contains("avslutas aldrig");
		var xls = given.upload("beredning.stad", "/api/v1/indicators/" + indicator + "/values/import",
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 }, "application/octet-stream");
		assertThat(xls.status()).isEqualTo(400);
		assertThat(xls.body().toString()).contains(".xlsx");
		var computed = given.upload("beredning.stad",
				"/api/v1/indicators/" + fixtures.indicator("OBS-GRAFFITI") + "/values/import",
				"unitCode,period,value\nFARSTA,2025-T1,1\n".getBytes(StandardCharsets.UTF_8), CSV);
		assertThat(computed.status()).isEqualTo(409);
		assertThat(given.storedValues(indicator)).isZero();
	}

	@Test
	void importsAnExcelWorkbook() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Värden");
			XSSFRow header = sheet.createRow(0);
			header.createCell(0).setCellValue("unitCode");
			header.createCell(1).setCellValue("period");
			header.createCell(2).setCellValue("value");
			header.createCell(3).setCellValue("eventCount");
			XSSFRow row = sheet.createRow(1);
			row.createCell(0).setCellValue("SODERMALM");
			row.createCell(1).setCellValue(2025);
			row.createCell(2).setCellValue(12.25);
			row.createCell(3).setCellValue(4);
			workbook.write(bytes);
		}
		var response = given.upload("samordnare.sodermalm", "/api/v1/indicators/" + indicator + "/values/import",
				bytes.toByteArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("format").asString()).isEqualTo("XLSX");
		JsonNode value = api.getAs("lasare", "/api/v1/indicators/" + indicator + "/values").body().get("items").get(0);
		assertThat(value.get("value").decimalValue()).isEqualByComparingTo("12.25");
		assertThat(value.get("eventCount").asLong()).isEqualTo(4);
	}

	@Test
	void importsValuesOfSeveralIndicatorsNamedByCode() {
		UUID other = given.indicator("TEST-CSV2");
		String file = "indicatorCode\tunitCode\tperiod\tvalue\nTEST-CSV\tFARSTA\t2025\t1\ntest-csv2\tFARSTA\t2025\t2\n";
		var response = given.upload("beredning.stad", "/api/v1/indicators/values/import",
				file.getBytes(StandardCharsets.UTF_8), CSV);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("imported").asInt()).isEqualTo(2);
		assertThat(given.storedValues(other)).isEqualTo(1);
		assertThat(given.upload("lasare", "/api/v1/indicators/values/import", file.getBytes(StandardCharsets.UTF_8), CSV).status())
			.isEqualTo(403);
		var unknown = given.upload("beredning.stad", "/api/v1/indicators/values/import",
				"indicatorCode,unitCode,period,value\nNO-SUCH,FARSTA,2025,1\n,FARSTA,2025,1\nOBS-GRAFFITI,FARSTA,2025-T1,1\n"
					.getBytes(StandardCharsets.UTF_8), CSV);
		assertThat(unknown.body().get("errors").toString()).contains("Okänd indikator ”NO-SUCH”", "Indikatorns kod måste anges",
				"räknas ur observationerna");
		assertThat(given.upload("beredning.stad", "/api/v1/indicators/values/import",
				"unitCode,period,value\nFARSTA,2025,1\n".getBytes(StandardCharsets.UTF_8), CSV).body().toString())
			.contains("”indicatorCode” saknas");
	}
}
