package se.samverkan.platform.attention;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by each module that has something for the start page. {@code scopeUnits} is null
 * for a user who reads the whole municipality.
 */
public interface AttentionSource {

	List<AttentionItem> itemsFor(String username, Set<String> roles, Set<UUID> scopeUnits);
}
