package se.samverkan.organisation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.audit.AuditLog;
import se.samverkan.organisation.DistrictLocator;

/**
 * Loads a municipality's reference data (parties, units, districts with their history,
 * neighbourhoods with boundaries, local police areas with their coverage, and the groups of the
 * collaboration) once, on the first start against an empty database. Instances that start
 * together serialise on an advisory lock, so the data is loaded exactly once.
 */
@Component
public class ReferenceDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	static final LocalDate BEGINNING = LocalDate.of(2007, 1, 1);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final DistrictLocator locator;

	private final ReferenceData data;

	ReferenceDataLoader(JdbcClient jdbc, AuditLog audit, DistrictLocator locator, ResourceLoader resources,
			@Value("${samverkan.reference-data:stockholm}") String name) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.locator = locator;
		this.data = new ReferenceData(resources, name);
	}

	/** Loads the reference data unless it is there already; true when it loaded it. */
	@Transactional
	public boolean loadIfEmpty() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('samverkan-reference-data'))").query().singleRow();
		if (jdbc.sql("SELECT count(*) FROM party").query(Long.class).single() > 0) {
			return false;
		}
		Map<String, UUID> parties = loadParties();
		Map<String, UUID> units = new HashMap<>();
		loadUnits(parties, units);
		Map<String, String> districtCodesByName = loadDistricts(parties.get("CITY"), units);
		loadLocalPoliceAreas(parties.get("POLICE"), units);
		loadNeighbourhoods(units, districtCodesByName);
		loadGroups(units);
		locator.reload();
		log.info("Loaded reference data '{}': {} units", data.name(), units.size());
		return true;
	}

	/**
	 * The neighbourhoods of each partial coverage ({@code partial-coverage.csv}, where the reference
	 * data has one), matched by the stable codes of units and neighbourhoods. Idempotent, so it runs
	 * on every start and brings a database loaded before the file existed up to date.
	 */
	@Transactional
	public int loadCoverageParts() {
		if (!data.has("partial-coverage.csv")) {
			return 0;
		}
		int added = 0;
		for (Map<String, String> row : data.csv("partial-coverage.csv")) {
			for (String neighbourhood : list(row.get("neighbourhoods"))) {
				added += jdbc.sql("""
						INSERT INTO coverage_neighbourhood (police_unit_id, district_id, neighbourhood_id)
						SELECT a.id, d.id, n.id FROM org_unit a, org_unit d, neighbourhood n
						WHERE a.code = :area AND d.code = :district AND n.code = :neighbourhood
						ON CONFLICT DO NOTHING""")
					.param("area", row.get("police_area").trim())
					.param("district", row.get("district").trim())
					.param("neighbourhood", neighbourhood.trim())
					.update();
			}
		}
		if (added > 0) {
			log.info("Loaded {} neighbourhoods of partial police coverage", added);
		}
		return added;
	}

	private Map<String, UUID> loadParties() {
		Map<String, UUID> parties = new HashMap<>();
		for (Map<String, String> row : data.csv("parties.csv")) {
			UUID id = UUID.randomUUID();
			jdbc.sql("INSERT INTO party (id, code, name, name_en) VALUES (?, ?, ?, ?)")
				.params(id, row.get("code"), row.get("name"), row.get("name_en"))
				.update();
			audit.recordChange("CREATE", "Party", id, null, null, row);
			parties.put(row.get("code"), id);
		}
		return parties;
	}

	private void loadUnits(Map<String, UUID> parties, Map<String, UUID> units) {
		for (Map<String, String> row : data.csv("units.csv")) {
			insertUnit(units, row.get("code"), row.get("name"), row.get("type"), parties.get(row.get("party")),
					units.get(row.get("parent")), date(row.get("valid_from"), BEGINNING), date(row.get("valid_to"), null));
		}
	}

	private Map<String, String> loadDistricts(UUID city, Map<String, UUID> units) {
		Map<String, String> codesByName = new HashMap<>();
		List<Map<String, String>> rows = data.csv("districts.csv");
		for (Map<String, String> row : rows) {
			insertUnit(units, row.get("code"), row.get("name"), "DISTRICT", city, null,
					date(row.get("valid_from"), BEGINNING), date(row.get("valid_to"), null));
			codesByName.put(row.get("name"), row.get("code"));
		}
		for (Map<String, String> row : rows) {
			for (String predecessor : list(row.get("predecessors"))) {
				linkSuccession(units.get(predecessor), units.get(row.get("code")));
			}
		}
		return codesByName;
	}

	/**
	 * Local police areas and their coverage. The file gives coverage as of 2025; a covered district
	 * that continues earlier districts is taken to have been covered through them as well (for the
	 * part named in "(part: ...)" only that predecessor), within both units' validity.
	 */
	private void loadLocalPoliceAreas(UUID police, Map<String, UUID> units) {
		Map<String, UUID> policeAreasByName = new HashMap<>();
		jdbc.sql("SELECT name, id FROM org_unit WHERE type = 'POLICE_AREA'")
			.query((java.sql.ResultSet rs) -> {
				policeAreasByName.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		List<Map<String, String>> rows = data.csv("local-police-areas.csv");
		for (Map<String, String> row : rows) {
			insertUnit(units, row.get("code"), row.get("name"), "LOCAL_POLICE_AREA", police,
					policeAreasByName.get(row.get("police_area")), date(row.get("valid_from"), LocalDate.of(2015, 1, 1)),
					date(row.get("valid_to"), null));
		}
		for (Map<String, String> row : rows) {
			UUID area = units.get(row.get("code"));
			for (String predecessor : list(row.get("predecessors"))) {
				linkSuccession(units.get(predecessor), area);
			}
			for (String covered : list(row.get("covers_districts_2025"))) {
				CoveredDistrict district = CoveredDistrict.parse(covered);
				coverWithPredecessors(area, units.get(district.code()), district.part(), row.get("status"));
			}
		}
	}

	private void coverWithPredecessors(UUID area, UUID district, String part, String status) {
		insertCoverage(area, district, part != null, part == null ? status : "Del: " + part + ". " + status);
		List<Map<String, Object>> predecessors = jdbc.sql("""
				SELECT u.id, u.name FROM unit_succession s JOIN org_unit u ON u.id = s.predecessor_id
				WHERE s.successor_id = :id""").param("id", district).query().listOfRows();
		for (Map<String, Object> predecessor : predecessors) {
			if (part == null || part.equals(predecessor.get("name"))) {
				insertCoverage(area, (UUID) predecessor.get("id"), false,
						"Härledd från efterträdarens täckning. " + status);
			}
		}
	}

	private void insertCoverage(UUID area, UUID district, boolean partial, String note) {
		jdbc.sql("""
				INSERT INTO unit_coverage (police_unit_id, district_id, valid_from, valid_to, partial, note)
				SELECT a.id, d.id, GREATEST(a.valid_from, d.valid_from),
				       CASE WHEN a.valid_to IS NULL THEN d.valid_to WHEN d.valid_to IS NULL THEN a.valid_to
				            ELSE LEAST(a.valid_to, d.valid_to) END, :partial, :note
				FROM org_unit a, org_unit d
				WHERE a.id = :area AND d.id = :district
				  AND (a.valid_to IS NULL OR a.valid_to >= d.valid_from)
				  AND (d.valid_to IS NULL OR d.valid_to >= a.valid_from)""")
			.param("area", area)
			.param("district", district)
			.param("partial", partial)
			.param("note", note)
			.update();
	}

	private void loadNeighbourhoods(Map<String, UUID> units, Map<String, String> districtCodesByName) {
		Map<String, Map<String, String>> rowsByGeoName = new HashMap<>();
		data.csv("stadsdelar.csv").forEach(row -> rowsByGeoName.put(row.get("geojson_name"), row));
		JsonNode features = JsonMapper.builder().build().readTree(data.text("stadsdelar.geo.json")).path("features");
		for (JsonNode feature : features) {
			String code = feature.path("properties").path("name").asString();
			Map<String, String> row = rowsByGeoName.get(code);
			if (row == null) {
				throw new IllegalStateException("Neighbourhood " + code + " has a boundary but no districts");
			}
			UUID id = UUID.randomUUID();
			jdbc.sql("INSERT INTO neighbourhood (id, code, name, boundary) VALUES (?, ?, ?, ?)")
				.params(id, code, row.get("name"), feature.path("geometry").toString())
				.update();
			for (DatedDistrict dated : history(row)) {
				jdbc.sql("""
						INSERT INTO neighbourhood_district (neighbourhood_id, district_id, valid_from, valid_to)
						VALUES (?, ?, ?, ?)""")
					.params(id, units.get(districtCodesByName.get(dated.name())), dated.validFrom(), dated.validTo())
					.update();
			}
		}
	}

	/** The three columns of stadsdelar.csv as dated periods, merging periods in the same district. */
	private static List<DatedDistrict> history(Map<String, String> row) {
		List<DatedDistrict> periods = new ArrayList<>();
		add(periods, row.get("district_before_2020_07_01"), BEGINNING, LocalDate.of(2020, 6, 30));
		add(periods, row.get("district_2020_07_01"), LocalDate.of(2020, 7, 1), LocalDate.of(2023, 6, 30));
		add(periods, row.get("district_2023_07_01"), LocalDate.of(2023, 7, 1), null);
		return periods;
	}

	private static void add(List<DatedDistrict> periods, String name, LocalDate from, LocalDate to) {
		if (!periods.isEmpty() && periods.get(periods.size() - 1).name().equals(name)) {
			DatedDistrict last = periods.remove(periods.size() - 1);
			periods.add(new DatedDistrict(name, last.validFrom(), to));
		}
		else {
			periods.add(new DatedDistrict(name, from, to));
		}
	}

	private void loadGroups(Map<String, UUID> units) {
		insertGroup("BEREDNINGSGRUPP", "Stadsövergripande beredningsgrupp", "PREPARATION_GROUP", null);
		insertGroup("CENTRAL-STYRGRUPP", "Central styrgrupp", "CENTRAL_STEERING_GROUP", null);
		List<Map<String, Object>> districts = jdbc.sql("""
				SELECT id, code, name FROM org_unit WHERE type = 'DISTRICT' AND valid_to IS NULL ORDER BY name""")
			.query()
			.listOfRows();
		for (Map<String, Object> district : districts) {
			UUID id = (UUID) district.get("id");
			insertGroup("STYRGRUPP-" + district.get("code"), "Lokal styrgrupp " + district.get("name"),
					"LOCAL_STEERING_GROUP", id);
			insertGroup("SAMVERKAN-" + district.get("code"), "Lokal samverkansorganisation " + district.get("name"),
					"LOCAL_COLLABORATION_ORGANISATION", id);
		}
	}

	private void insertGroup(String code, String name, String kind, UUID unitId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO org_group (id, code, name, kind, unit_id) VALUES (?, ?, ?, ?, ?)")
			.params(id, code, name, kind, unitId)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", code);
		after.put("name", name);
		after.put("kind", kind);
		audit.recordChange("CREATE", "Group", id, unitId, null, after);
	}

	private void insertUnit(Map<String, UUID> units, String code, String name, String type, UUID party, UUID parent,
			LocalDate validFrom, LocalDate validTo) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO org_unit (id, code, name, type, party_id, parent_id, valid_from, valid_to)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, code, name, type, party, parent, validFrom, validTo)
			.update();
		units.put(code, id);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", code);
		after.put("name", name);
		after.put("type", type);
		after.put("validFrom", validFrom.toString());
		after.put("validTo", validTo == null ? null : validTo.toString());
		audit.recordChange("CREATE", "OrganisationalUnit", id, id, null, after);
	}

	private void linkSuccession(UUID predecessor, UUID successor) {
		jdbc.sql("INSERT INTO unit_succession (predecessor_id, successor_id) VALUES (?, ?)")
			.params(predecessor, successor)
			.update();
	}

	private static LocalDate date(String text, LocalDate fallback) {
		return text == null || text.isBlank() ? fallback : LocalDate.parse(text.trim());
	}

	private static List<String> list(String text) {
		return text == null || text.isBlank() ? List.of() : List.of(text.split(";"));
	}

	private record DatedDistrict(String name, LocalDate validFrom, LocalDate validTo) {
	}

	/** "ENSKEDE-ARSTA-VANTOR(part: Vantör)" -> code and part. */
	record CoveredDistrict(String code, String part) {

		static CoveredDistrict parse(String text) {
			int open = text.indexOf('(');
			if (open < 0) {
				return new CoveredDistrict(text.trim(), null);
			}
			String part = text.substring(open + 1, text.lastIndexOf(')')).replaceFirst("^part:\\s*", "").trim();
			return new CoveredDistrict(text.substring(0, open).trim(), part);
		}
	}
}
