package se.samverkan.agreement;

import java.util.UUID;

/**
 * A city-wide priority collaboration area (prioriterat samverkansområde) of an overarching
 * agreement version. Observation categories, problems, activities, indicators and focus areas all
 * point at one.
 */
public record PriorityArea(UUID id, String code, String name, String nameEn, String description, int ordinal) {
}
