package se.samverkan.identity;

/**
 * What a signed-in principal (password or OIDC) remembers of the account: the actor, the access
 * version it was read at (a page session re-reads the account when the stored one has moved on),
 * and whether the password must be changed before anything else.
 */
public interface AccountPrincipal {

	Actor actor();

	int accessVersion();

	boolean passwordChangeRequired();
}
