package se.samverkan.followup.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.planning.ActivityUse;

/**
 * Tells planning which annual compilations propose carrying an activity over, so that removing it
 * does not take the proposal out of the compilation.
 */
@Component
class CompilationsProposingActivities implements ActivityUse {

	private final JdbcClient jdbc;

	CompilationsProposingActivities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> referringTo(UUID activityId) {
		return jdbc.sql("""
				SELECT c.year FROM carry_over_proposal p JOIN annual_compilation c ON c.id = p.compilation_id
				WHERE p.activity_id = :activity ORDER BY c.year""")
			.param("activity", activityId)
			.query(Integer.class)
			.list()
			.stream()
			.map(year -> "årssammanställningen " + year + " (förslaget att föra över den)")
			.toList();
	}
}
