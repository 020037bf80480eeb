/**
 * The frame around every page: layout, navigation by role, the start page with the user's scope
 * and what needs their attention, and the error page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package se.samverkan.shell;
