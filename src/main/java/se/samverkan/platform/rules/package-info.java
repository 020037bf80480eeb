/**
 * The domain's refusals and field checks: what every service raises when input, scope, existence
 * or a rule says no. Nothing here knows of HTTP; {@code platform.web} maps each {@link
 * se.samverkan.platform.rules.Refusal} to its status.
 */
package se.samverkan.platform.rules;
