/**
 * Users, their roles in scopes, sign-in (local accounts, optionally OIDC), API tokens, throttling
 * of failed sign-ins, and the one access policy every service asks before it reads or changes
 * anything.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package se.samverkan.identity;
