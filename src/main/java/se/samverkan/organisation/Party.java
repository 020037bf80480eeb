package se.samverkan.organisation;

import java.util.UUID;

/** A party to the agreement: the city, the police, or a third one added by configuration. */
public record Party(UUID id, String code, String name, String nameEn) {
}
