package se.samverkan.analysis;

import java.util.List;

/** A cause with the causes beneath it, for drawing the tree. */
public record CauseNode(Cause cause, List<CauseNode> children) {

	public int size() {
		return 1 + children.stream().mapToInt(CauseNode::size).sum();
	}
}
