package se.samverkan.communication;

/** Who an item is for: the parties' own staff, or everyone (the public pages and the feeds). */
public enum Audience {
	INTERNAL, EXTERNAL
}
