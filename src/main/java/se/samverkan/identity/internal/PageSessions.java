package se.samverkan.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's page sessions (kept in PostgreSQL by Spring Session, so on every instance at once).
 * Called when an account is disabled or its password reset; a role change only makes the sessions
 * re-read the account ({@link AccountRefreshFilter}).
 */
@Component
public class PageSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	PageSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/** Ends every page session of the user, but {@code keepSessionId} (may be null), once the change commits. */
	public void endAll(String username, String keepSessionId) {
		Runnable end = () -> {
			var repository = sessions.getIfAvailable();
			if (repository != null) {
				repository.findByPrincipalName(username)
					.keySet()
					.stream()
					.filter(id -> !id.equals(keepSessionId))
					.forEach(repository::deleteById);
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end.run();
				}
			});
		}
		else {
			end.run();
		}
	}
}
