package se.samverkan.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A group of the collaboration: the city-wide preparation group (beredningsgrupp), the central
 * steering group, and per district a local steering group and a local collaboration organisation.
 * Its members come and go; every membership is kept with its dates, so who sat in the group on
 * the day of a decision stays readable.
 */
public record Group(UUID id, String code, String name, GroupKind kind, UUID unitId, List<Member> members) {

	public enum GroupKind {
		PREPARATION_GROUP("BEREDNINGSGRUPP"), CENTRAL_STEERING_GROUP("CENTRAL_STEERING_GROUP"),
		LOCAL_STEERING_GROUP("LOCAL_STEERING_GROUP"), LOCAL_COLLABORATION_ORGANISATION("LOCAL_COLLABORATION");

		private final String type;

		GroupKind(String type) {
			this.type = type;
		}

		/** The name of the kind in the API (API.md, "Organisation"). */
		public String type() {
			return type;
		}

		/** The kind for an API type, or null. */
		public static GroupKind ofType(String type) {
			for (GroupKind kind : values()) {
				if (kind.type.equalsIgnoreCase(type) || kind.name().equalsIgnoreCase(type)) {
					return kind;
				}
			}
			return null;
		}
	}

	/**
	 * A member by name, their party and role in the group (e.g. "Ordförande", "Stadsdelsdirektör"),
	 * optionally linked to a Samverkan account, from and to a date ({@code from} null: since before
	 * memberships were dated; {@code to} null: still a member).
	 */
	public record Member(UUID id, String name, String title, UUID unitId, String username, String party, LocalDate from,
			LocalDate to) {

		public boolean isActiveOn(LocalDate date) {
			return (from == null || !from.isAfter(date)) && (to == null || !to.isBefore(date));
		}

		/** The member's role in the group. */
		public String role() {
			return title;
		}
	}

	public String type() {
		return kind.type();
	}

	public List<Member> membersOn(LocalDate date) {
		return members.stream().filter(member -> member.isActiveOn(date)).toList();
	}

	/** The active membership of an account on the date, if any. */
	public java.util.Optional<Member> memberOn(String username, LocalDate date) {
		return members.stream()
			.filter(member -> member.username() != null && member.username().equalsIgnoreCase(username))
			.filter(member -> member.isActiveOn(date))
			.findFirst();
	}

	/** The parties of {@code required} with no active member on the date. */
	public Set<String> partiesMissingOn(LocalDate date, Set<String> required) {
		Set<String> present = membersOn(date).stream()
			.map(Member::party)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return required.stream().filter(party -> !present.contains(party)).collect(Collectors.toCollection(java.util.TreeSet::new));
	}
}
