package se.samverkan.platform.web;

import java.util.List;

import se.samverkan.platform.rules.InvalidInput;

/**
 * A page of a list, as the API returns lists: {@code {"items", "page", "size", "totalItems"}}.
 * Pages are numbered from 0; a page holds at most {@link #MAX_SIZE} items.
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems) {

	public static final int MAX_SIZE = 500;

	/** Slices an in-memory list (for short lists such as reference data). */
	public static <T> PageOf<T> slice(List<T> all, int page, int size) {
		int checkedSize = checkedSize(size);
		int checkedPage = Math.max(page, 0);
		long from = Math.min((long) checkedPage * checkedSize, all.size());
		long to = Math.min(from + checkedSize, all.size());
		return new PageOf<>(all.subList((int) from, (int) to), checkedPage, checkedSize, all.size());
	}

	public static int checkedSize(int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInput.of("size", "range", "size must be between 1 and " + MAX_SIZE);
		}
		return size;
	}
}
