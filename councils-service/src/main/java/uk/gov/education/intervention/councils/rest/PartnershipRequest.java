package uk.gov.education.intervention.councils.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.DateBasis;
import uk.gov.education.intervention.councils.domain.PartnershipStatus;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "PartnershipRequest")
public record PartnershipRequest(
        @NotNull @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) @Schema(example = "E06000021", required = true) String councilGssCode,
        @Schema(description = "A local-authority organisation.") UUID partnerOrganisationId,
        @Schema(example = "2020-01-31") LocalDate deadline,
        @Schema(description = "STATED (the default with a deadline) or INFERRED; absent without it.") DateBasis deadlineBasis,
        LocalDate termsAgreedOn,
        @Schema(description = "STATED (the default with termsAgreedOn) or INFERRED; absent without it.") DateBasis termsAgreedOnBasis,
        @NotNull @Schema(example = "REQUIRED", required = true) PartnershipStatus status,
        @Size(max = 300) @Schema(example = "E06000021-2019-10-31 7.d") String instrumentReference,
        @Size(max = 2000) String notes,
        @Size(max = 1000) @Schema(description = "Where the arrangement and its dates come from: document and clause. Required when a date is INFERRED.",
                example = "Direction to Stoke-on-Trent City Council, 31 October 2019, 7.d") String source) {
}
