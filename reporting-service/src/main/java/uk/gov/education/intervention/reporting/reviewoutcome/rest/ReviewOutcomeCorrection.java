package uk.gov.education.intervention.reporting.reviewoutcome.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewRecommendation;

import java.time.LocalDate;

@Schema(name = "ReviewOutcomeCorrection", description = "The outcome of a review as it should read (every field; the review it "
        + "records does not change).")
public record ReviewOutcomeCorrection(
        @NotNull @Schema(example = "2020-01-30", required = true) LocalDate heldOn,
        @NotNull @Valid @Schema(required = true) ReviewOutcomeRequest.Leader ledBy,
        @NotNull @Schema(example = "false", required = true) Boolean sufficientProgress,
        @NotNull @Schema(example = "CONTINUE", required = true) ReviewRecommendation recommendation,
        @Size(max = 4000) @Schema(nullable = true) String summary) {
}
