package se.samverkan.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What acts on causes, told by the modules that point at them (planning's activities), so that a
 * cause or problem something acts on is not removed from under it. Analysis knows no activity.
 */
public interface CauseUse {

	/** For each of these causes that something acts on, what acts on it (named for the user). */
	Map<UUID, List<String>> actingOn(Collection<UUID> causeIds);
}
