package se.samverkan.planning;

import java.util.List;
import java.util.UUID;

/**
 * What refers to an activity from outside planning (e.g. communication items telling about it),
 * told by the modules that refer to it, so that an activity something refers to is not removed
 * from under it. Planning knows none of them.
 */
public interface ActivityUse {

	/** What refers to the activity, named for the user; empty when nothing does. */
	List<String> referringTo(UUID activityId);
}
