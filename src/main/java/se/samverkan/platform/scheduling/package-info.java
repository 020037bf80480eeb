/**
 * Scheduled jobs that run once across instances: ShedLock with its lock table in PostgreSQL.
 */
package se.samverkan.platform.scheduling;
