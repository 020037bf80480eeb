package se.samverkan.platform.attention;

/**
 * Something on the start page that needs the user: a due date, a report to acknowledge, a change
 * in their scope. {@code messageKey} and {@code arguments} are resolved in the user's language.
 *
 * @param level INFO, WARNING or URGENT
 */
public record AttentionItem(String level, String messageKey, Object[] arguments, String link) {
}
