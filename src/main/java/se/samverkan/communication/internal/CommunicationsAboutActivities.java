package se.samverkan.communication.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.planning.ActivityUse;

/** Tells planning which communication items tell about an activity, so it is not removed under them. */
@Component
class CommunicationsAboutActivities implements ActivityUse {

	private final JdbcClient jdbc;

	CommunicationsAboutActivities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> referringTo(UUID activityId) {
		return jdbc.sql("""
				SELECT c.title FROM communication_activity ca JOIN communication c ON c.id = ca.communication_id
				WHERE ca.activity_id = :activity ORDER BY c.title""")
			.param("activity", activityId)
			.query(String.class)
			.list()
			.stream()
			.map(title -> "kommunikationen ”" + title + "”")
			.toList();
	}
}
