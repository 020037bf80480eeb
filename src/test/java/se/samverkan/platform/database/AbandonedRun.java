package se.samverkan.platform.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * Started as a separate JVM by {@link EmbeddedDatabaseTest}: starts the embedded database, commits
 * a row and halts at once, as kill -9 would, leaving its PostgreSQL running without an owner.
 */
public final class AbandonedRun {

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(Path.of(args[0]), 0, false));
		try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
				var statement = connection.createStatement()) {
			statement.execute("CREATE TABLE survived (value text)");
			statement.execute("INSERT INTO survived VALUES ('committed before the crash')");
		}
		System.out.println("ABANDONED");
		System.out.flush();
		Runtime.getRuntime().halt(0);
	}
}
