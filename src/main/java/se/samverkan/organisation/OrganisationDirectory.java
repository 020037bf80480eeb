package se.samverkan.organisation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Group.GroupKind;
import se.samverkan.organisation.Group.Member;

/**
 * What other modules may ask of the organisation: parties, units, coverage, groups, and the units
 * a scope stretches over.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final JdbcClient jdbc;

	private final Units units;

	private final Coverages coverages;

	private final Map<UUID, Set<UUID>> scopeCache = new ConcurrentHashMap<>();

	private final Map<UUID, Set<UUID>> lineageCache = new ConcurrentHashMap<>();
	private final Map<UUID, Map<UUID, Set<String>>> partsCache = new ConcurrentHashMap<>();

	OrganisationDirectory(JdbcClient jdbc, Units units, Coverages coverages) {
		this.jdbc = jdbc;
		this.units = units;
		this.coverages = coverages;
	}

	private volatile List<Party> parties = List.of();

	/** The parties; remembered once loaded, since a party is added by configuration and a restart. */
	public List<Party> parties() {
		List<Party> known = parties;
		if (known.isEmpty()) {
			known = jdbc.sql("SELECT id, code, name, name_en FROM party ORDER BY code").query(Party.class).list();
			parties = known;
		}
		return known;
	}

	public Optional<OrganisationalUnit> unit(UUID id) {
		return units.byId(id);
	}

	public Optional<OrganisationalUnit> unitByCode(String code) {
		return units.byCode(code);
	}

	/** Units valid on the date ({@code validOn} null: every unit, whenever it was valid). */
	public List<OrganisationalUnit> units(UnitType type, String partyCode, LocalDate validOn) {
		return units.validOn(validOn, type, partyCode);
	}

	public List<OrganisationalUnit> units(java.util.Collection<UUID> ids) {
		return units.byIds(ids);
	}

	public List<Coverage> coverage(UUID unitId, LocalDate date) {
		return coverages.of(unitId, date);
	}

	/**
	 * Every unit a role held at this unit reaches: the unit, the units below it, the districts
	 * covered (at any time) by the local police areas among them, and the districts those continued,
	 * so that history stays readable to whoever holds the work today. A district covered only in
	 * part is reached (for its joint work), but not the districts it continued: the part's own
	 * predecessor has a coverage row of its own. Reference data changes only with a new release and
	 * a restart, so the answer is cached for the life of the process.
	 */
	public Set<UUID> unitsWithin(UUID scopeUnit) {
		return scopeCache.computeIfAbsent(scopeUnit, this::resolveScope);
	}

	/**
	 * The unit and every unit it continued, however far back (Järva: Rinkeby-Kista and
	 * Spånga-Tensta), so that a district's figures can count the observations filed under its
	 * predecessors. Cached like {@link #unitsWithin}: succession changes only with reference data.
	 */
	public Set<UUID> lineage(UUID unitId) {
		return lineageCache.computeIfAbsent(unitId, id -> Set.copyOf(jdbc.sql("""
				WITH RECURSIVE history(id) AS (
				    SELECT CAST(:unit AS uuid)
				    UNION SELECT s.predecessor_id FROM unit_succession s JOIN history h ON s.successor_id = h.id
				)
				SELECT id FROM history""").param("unit", id).query(UUID.class).list()));
	}

	/**
	 * The districts this unit's local police areas cover only in part, each with the names of the
	 * neighbourhoods they cover there (empty when the part is not known). A district that the unit
	 * also reaches whole, or whose every neighbourhood its parts cover, is not listed.
	 */
	public Map<UUID, Set<String>> partsWithin(UUID scopeUnit) {
		return partsCache.computeIfAbsent(scopeUnit, this::resolveParts);
	}

	private static final String BELOW = """
			WITH RECURSIVE below(id) AS (
			    SELECT CAST(:unit AS uuid)
			    UNION SELECT u.id FROM org_unit u JOIN below b ON u.parent_id = b.id
			)""";

	private Set<UUID> resolveScope(UUID scopeUnit) {
		return new HashSet<>(jdbc.sql(BELOW + """
				, covered(id) AS (
				    SELECT id FROM below
				    UNION SELECT c.district_id FROM unit_coverage c JOIN below b ON c.police_unit_id = b.id
				    WHERE NOT c.partial
				), history(id) AS (
				    SELECT id FROM covered
				    UNION SELECT s.predecessor_id FROM unit_succession s JOIN history h ON s.successor_id = h.id
				)
				SELECT id FROM history
				UNION SELECT c.district_id FROM unit_coverage c JOIN below b ON c.police_unit_id = b.id WHERE c.partial""")
			.param("unit", scopeUnit)
			.query(UUID.class)
			.list());
	}

	private Map<UUID, Set<String>> resolveParts(UUID scopeUnit) {
		Set<UUID> whole = new HashSet<>(jdbc.sql(BELOW + """
				SELECT c.district_id FROM unit_coverage c JOIN below b ON c.police_unit_id = b.id WHERE NOT c.partial
				UNION SELECT id FROM below""").param("unit", scopeUnit).query(UUID.class).list());
		Map<UUID, Set<String>> parts = new java.util.HashMap<>();
		jdbc.sql(BELOW + """
				SELECT c.district_id, n.name
				FROM unit_coverage c JOIN below b ON c.police_unit_id = b.id
				LEFT JOIN coverage_neighbourhood cn ON cn.police_unit_id = c.police_unit_id AND cn.district_id = c.district_id
				LEFT JOIN neighbourhood n ON n.id = cn.neighbourhood_id
				WHERE c.partial""").param("unit", scopeUnit).query((java.sql.ResultSet rs) -> {
					Set<String> names = parts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>());
					if (rs.getString(2) != null) {
						names.add(rs.getString(2));
					}
				});
		parts.keySet().removeAll(whole);
		parts.entrySet().removeIf(part -> part.getValue().containsAll(neighbourhoodNames(part.getKey())));
		return Map.copyOf(parts);
	}

	/** The names of the neighbourhoods that belong, or belonged, to the district. */
	private Set<String> neighbourhoodNames(UUID districtId) {
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT n.name FROM neighbourhood n JOIN neighbourhood_district nd ON nd.neighbourhood_id = n.id
				WHERE nd.district_id = :district""").param("district", districtId).query(String.class).list());
	}

	/** The names of the neighbourhoods the districts held at any time, in alphabetical order. */
	public List<String> neighbourhoodNames(java.util.Collection<UUID> districtIds) {
		return jdbc.sql("""
				SELECT DISTINCT n.name FROM neighbourhood n JOIN neighbourhood_district d ON d.neighbourhood_id = n.id
				WHERE d.district_id = ANY(:districts) ORDER BY n.name""")
			.param("districts", se.samverkan.platform.database.SqlArrays.uuids(districtIds))
			.query(String.class)
			.list();
	}

	public List<Group> groups(UUID unitId) {
		List<Group> groups = jdbc.sql("""
				SELECT id, code, name, kind, unit_id FROM org_group
				WHERE (CAST(:unit AS uuid) IS NULL OR unit_id = :unit) ORDER BY name""")
			.param("unit", unitId)
			.query((rs, row) -> new Group(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
					GroupKind.valueOf(rs.getString("kind")), rs.getObject("unit_id", UUID.class), List.of()))
			.list();
		Map<UUID, List<Member>> members = membersOf(groups.stream().map(Group::id).toList());
		return groups.stream()
			.map(group -> new Group(group.id(), group.code(), group.name(), group.kind(), group.unitId(),
					members.getOrDefault(group.id(), List.of())))
			.toList();
	}

	public Optional<Group> groupByCode(String code) {
		return groups(null).stream().filter(group -> group.code().equals(code)).findFirst();
	}

	public Optional<Group> group(UUID id) {
		return groups(null).stream().filter(group -> group.id().equals(id)).findFirst();
	}

	/** The groups of one kind: the district's, or (unit null) every one of that kind. */
	public List<Group> groups(GroupKind kind, UUID unitId) {
		return groups(unitId).stream().filter(group -> kind == null || group.kind() == kind).toList();
	}

	/**
	 * The group that decides for a district (its local steering group) or, for the whole city
	 * (district null), the beredningsgrupp.
	 */
	public Optional<Group> decidingGroup(UUID districtId) {
		return districtId == null ? groups(GroupKind.PREPARATION_GROUP, null).stream().findFirst()
				: groups(GroupKind.LOCAL_STEERING_GROUP, districtId).stream().findFirst();
	}

	/**
	 * Who a district's reports go to on the date: the active members of its local steering group and
	 * of the beredningsgrupp (the seed: the local collaboration organisation reports to both).
	 */
	public List<Member> reportRecipients(UUID districtId, LocalDate date) {
		List<Member> recipients = new java.util.ArrayList<>();
		decidingGroup(districtId).ifPresent(group -> recipients.addAll(group.membersOn(date)));
		if (districtId != null) {
			decidingGroup(null).ifPresent(group -> recipients.addAll(group.membersOn(date)));
		}
		return recipients;
	}

	private Map<UUID, List<Member>> membersOf(List<UUID> groupIds) {
		if (groupIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<Member>> members = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT group_id, id, name, title, unit_id, username, party, valid_from, valid_to FROM group_member
				WHERE group_id = ANY(:ids) ORDER BY valid_to IS NOT NULL, name, valid_from""")
			.param("ids", se.samverkan.platform.database.SqlArrays.uuids(groupIds))
			.query((java.sql.ResultSet rs) -> {
				members.computeIfAbsent(rs.getObject("group_id", UUID.class), id -> new java.util.ArrayList<>())
					.add(new Member(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("title"),
							rs.getObject("unit_id", UUID.class), rs.getString("username"), rs.getString("party"),
							rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)));
			});
		return members;
	}
}
