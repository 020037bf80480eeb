package se.samverkan.notification;

/** Whether a user wants their notices by e-mail too, and at which address. */
public record MailPreference(String username, String email, boolean enabled, int version) {
}
