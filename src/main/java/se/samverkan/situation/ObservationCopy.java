package se.samverkan.situation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Observations on their way into the {@code observation} table by COPY while the file they come
 * from is still being checked: the check (Java) and the storing (PostgreSQL) then run side by side
 * on two cores instead of one after the other. Every row is also kept in a file, for when the
 * table cannot take them all (some were imported before) and they must go through a temporary
 * table instead. The caller decides what a stopped or failed COPY means for its transaction.
 */
final class ObservationCopy implements AutoCloseable {

	private static final int BUFFER = 1 << 16;

	private final Path kept;

	private final Writer toFile;

	private final StringWriter row = new StringWriter(512);

	private CopyIn copy;

	private Writer toDatabase;

	private SQLException failure;

	private ObservationCopy(Connection connection) throws IOException, SQLException {
		kept = Files.createTempFile("samverkan-import", ".copy");
		toFile = Files.newBufferedWriter(kept, StandardCharsets.UTF_8);
		copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn(CopyRow.copyInto("observation"));
		toDatabase = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(copy, BUFFER), StandardCharsets.UTF_8),
				BUFFER);
	}

	/** Starts the COPY on the connection, which is then busy with it until {@link #finish} or {@link #stop}. */
	static ObservationCopy into(Connection connection) {
		try {
			return new ObservationCopy(connection);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY of the import could not start", ex);
		}
	}

	/** Sends the observation to the table (while the COPY still runs) and keeps it in the file. */
	void write(Observation observation) {
		row.getBuffer().setLength(0);
		try {
			CopyRow.write(row, observation);
			toFile.append(row.getBuffer());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (toDatabase != null) {
			try {
				toDatabase.append(row.getBuffer());
			}
			catch (IOException ex) {
				// The server refused a row (a unique external id, say); it now drops what follows
				failure = ex.getCause() instanceof SQLException sql ? sql : new SQLException(ex.getMessage(), ex);
				abandon();
			}
		}
	}

	/** Ends the COPY without storing anything (the file had errors): the transaction must roll back. */
	void stop() {
		abandon();
	}

	/**
	 * Ends the COPY: the number of rows stored, or the server's refusal (the transaction must roll
	 * back to before the COPY).
	 */
	long finish() throws SQLException {
		closeFile();
		if (failure != null) {
			throw failure;
		}
		if (copy == null) {
			throw new IllegalStateException("The COPY was stopped");
		}
		try {
			toDatabase.close();
			return copy.getHandledRowCount();
		}
		catch (IOException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw sql;
			}
			throw new SQLException(ex.getMessage(), ex);
		}
		finally {
			copy = null;
			toDatabase = null;
		}
	}

	/** The rows as COPY CSV, complete once {@link #finish} has been called. */
	Path kept() {
		return kept;
	}

	private void abandon() {
		toDatabase = null;
		if (copy != null && copy.isActive()) {
			try {
				copy.cancelCopy();
			}
			catch (SQLException ex) {
				// Cancelling answers with the server's error for the cancelled COPY; that is the point
			}
		}
		copy = null;
	}

	private void closeFile() {
		try {
			toFile.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		abandon();
		try {
			closeFile();
		}
		finally {
			kept.toFile().delete();
		}
	}
}
