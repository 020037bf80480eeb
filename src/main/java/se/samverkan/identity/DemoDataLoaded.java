package se.samverkan.identity;

/**
 * The demo accounts were just loaded: the first start of the embedded default database with demo
 * data on (never an external database, never the production profile). Published inside the
 * transaction that loads them, so a module that adds its own demo content with a synchronous
 * listener does so once, together with the accounts, or not at all.
 */
public record DemoDataLoaded() {
}
