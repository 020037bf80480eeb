/** The communication module's own rules; nobody else's business. */
package se.samverkan.communication.internal;
