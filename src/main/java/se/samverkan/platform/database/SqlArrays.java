package se.samverkan.platform.database;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.support.SqlArrayValue;

/** Binds collections as PostgreSQL arrays, for {@code = ANY(:ids)}. */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static SqlArrayValue uuids(Collection<UUID> ids) {
		return new SqlArrayValue("uuid", ids.toArray());
	}

	public static SqlArrayValue texts(Collection<String> values) {
		return new SqlArrayValue("text", values.toArray());
	}
}
