package se.samverkan.planning.internal;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.analysis.CauseUse;
import se.samverkan.platform.database.SqlArrays;

/** Tells analysis which activities act on a cause, so a cause they act on is not removed. */
@Component
class ActivitiesActingOnCauses implements CauseUse {

	private final JdbcClient jdbc;

	ActivitiesActingOnCauses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, List<String>> actingOn(Collection<UUID> causeIds) {
		Map<UUID, List<String>> activities = new HashMap<>();
		jdbc.sql("""
				SELECT ac.cause_id, a.title FROM activity_cause ac JOIN activity a ON a.id = ac.activity_id
				WHERE ac.cause_id = ANY(:causes) ORDER BY a.title""")
			.param("causes", SqlArrays.uuids(causeIds))
			.query((ResultSet rs) -> {
				activities.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>()).add("”" + rs.getString(2) + "”");
			});
		return activities;
	}
}
