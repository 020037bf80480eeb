package se.samverkan.communication.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import se.samverkan.communication.Approval;
import se.samverkan.communication.Communication;
import se.samverkan.communication.CommunicationContent;

/** A joint communication item as the API shows it (API.md, "Joint communication"). */
record CommunicationResponse(UUID id, String title,
		@Schema(description = "The formatted text as written (paragraphs, lists, links, emphasis); never render it as HTML") String body,
		@Schema(description = "The body through the allow-list sanitiser: safe to show as HTML") String bodyHtml,
		String summary, String audience, String level, UUID districtId, List<UUID> activityIds,
		@Schema(description = "A yearly compilation the followup module has published (`/api/v1/annual-compilations/{id}`)") UUID compilationId,
		LocalDate plannedPublicationDate, String status, String authorParty,
		@Schema(description = "The content revision; approvals name the revision they approved") int revision,
		@Schema(description = "The standing approvals, at most one per party") List<ApprovalResponse> approvals,
		@Schema(description = "Every approval given, with those an edit voided") List<ApprovalResponse> approvalHistory,
		@Schema(description = "The parties whose approval of this revision is missing") List<String> awaitingParties,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt, OffsetDateTime withdrawnAt,
		String withdrawalReason, int version) {

	record ApprovalResponse(String party, String approvedBy, OffsetDateTime approvedAt, int revision,
			OffsetDateTime voidedAt) {

		static ApprovalResponse of(Approval approval) {
			return new ApprovalResponse(approval.party(), approval.displayName(), approval.approvedAt(),
					approval.revision(), approval.voidedAt());
		}
	}

	static CommunicationResponse of(Communication item) {
		CommunicationContent content = item.content();
		return new CommunicationResponse(item.id(), content.title(), content.body(), item.bodyHtml(), item.summary(),
				content.audience().name(), content.level().name(), content.districtId(), content.activityIds(),
				content.compilationId(), content.plannedPublicationDate(), item.status().name(), item.authorParty(),
				item.revision(), item.standingApprovals().stream().map(ApprovalResponse::of).toList(),
				item.approvals().stream().map(ApprovalResponse::of).toList(), item.awaitedParties(), item.createdAt(),
				item.updatedAt(), item.publishedAt(), item.withdrawnAt(), item.withdrawalReason(), item.version());
	}
}
