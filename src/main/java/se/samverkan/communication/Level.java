package se.samverkan.communication;

/** Whether an item concerns one district (LOCAL) or the whole city (CITY_WIDE). */
public enum Level {
	LOCAL, CITY_WIDE
}
