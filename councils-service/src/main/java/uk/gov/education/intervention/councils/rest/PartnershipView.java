package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.DateBasis;
import uk.gov.education.intervention.councils.domain.PartnershipStatus;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Partnership", description = "A formal partnership arrangement between a council and a partner authority.")
public record PartnershipView(
        UUID id,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(description = "The partner authority, once one is agreed.", nullable = true) UUID partnerOrganisationId,
        @Schema(nullable = true, example = "Essex County Council") String partnerName,
        @Schema(description = "When the arrangement must be agreed by.", example = "2020-01-31", nullable = true) LocalDate deadline,
        @Schema(description = "Whether the source states the deadline or it is inferred; absent without a deadline.", example = "STATED",
                nullable = true) DateBasis deadlineBasis,
        @Schema(description = "When the Secretary of State agreed its terms.", nullable = true) LocalDate termsAgreedOn,
        @Schema(description = "Whether the source states termsAgreedOn or it is inferred; absent without it.", nullable = true)
        DateBasis termsAgreedOnBasis,
        @Schema(example = "REQUIRED") PartnershipStatus status,
        @Schema(description = "The direction and clause that require it.", example = "E06000021-2019-10-31 7.d", nullable = true) String instrumentReference,
        @Schema(nullable = true) String notes,
        @Schema(description = "Where the arrangement and its dates come from: document and clause.",
                example = "Direction to Stoke-on-Trent City Council, 31 October 2019, 7.d", nullable = true) String source) {
}
