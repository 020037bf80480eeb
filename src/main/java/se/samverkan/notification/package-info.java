/**
 * Notifications: the in-app inbox (with the unread count in the header), workflow notices (a report
 * to acknowledge, a report returned, a compilation published, carry-overs to decide on) and
 * reminders (reports due by the reporting calendar, activities past their end date, referral
 * answers due within 7 days, agreement revisions due within 6 months), each sent once; e-mail
 * through SMTP when configured. Scheduled jobs run on one instance at a time (ShedLock).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package se.samverkan.notification;
