package se.samverkan.communication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed between two texts, word by word: runs of unchanged, removed and added words. A tag
 * of the formatted text ({@code <a href="...">}) counts as one word, so a changed link shows.
 */
public final class WordDiff {

	public enum Kind {
		SAME, REMOVED, ADDED
	}

	/** A run of words (with the spaces between them) that is the same, removed or added. */
	public record Segment(Kind kind, String text) {
	}

	private static final Pattern TOKEN = Pattern.compile("<[^>]*>|\\s+|[^\\s<]+|<");

	private WordDiff() {
	}

	public static List<Segment> between(String before, String after) {
		List<String> original = tokens(before);
		List<String> revised = tokens(after);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(original, revised).getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, Kind.SAME, original.subList(position, start));
			add(segments, Kind.REMOVED, delta.getSource().getLines());
			add(segments, Kind.ADDED, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		add(segments, Kind.SAME, original.subList(position, original.size()));
		return segments;
	}

	/** Whether anything was added or removed. */
	public static boolean changed(List<Segment> segments) {
		return segments.stream().anyMatch(segment -> segment.kind() != Kind.SAME);
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text != null) {
			Matcher matcher = TOKEN.matcher(text);
			while (matcher.find()) {
				tokens.add(matcher.group());
			}
		}
		return tokens;
	}

	private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).kind() == kind) {
			segments.set(last, new Segment(kind, segments.get(last).text() + text));
		}
		else {
			segments.add(new Segment(kind, text));
		}
	}
}
