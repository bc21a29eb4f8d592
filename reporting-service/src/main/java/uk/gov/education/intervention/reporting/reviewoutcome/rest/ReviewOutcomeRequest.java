package uk.gov.education.intervention.reporting.reviewoutcome.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewRecommendation;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ReviewOutcomeRequest", description = "The outcome of a review a direction requires: the review is a due item of a "
        + "duty of kind PERFORMANCE_REVIEW, PROGRESS_REVIEW or REVIEW.")
public record ReviewOutcomeRequest(
        @NotNull @Pattern(regexp = DueItemId.PATTERN, message = DueItemId.MESSAGE) @Size(max = 200)
        @Schema(description = "The review's due item.", example = "E06000021-2019-10-31.performance-review.2020-01-31", required = true)
        String dueItemId,
        @NotNull @Schema(description = "The day the review was held: not after today.", example = "2020-01-30", required = true)
        LocalDate heldOn,
        @NotNull @Valid @Schema(required = true) Leader ledBy,
        @NotNull @Schema(description = "Whether the review found the council making sufficient progress.", example = "true",
                required = true) Boolean sufficientProgress,
        @NotNull @Schema(description = "What the review recommends: CONTINUE; ALTERNATIVE_DELIVERY_AND_GOVERNANCE (Medway Annex B.4: "
                + "alternative delivery and governance arrangements outside the operational control of the Council); "
                + "REMOVAL_OF_SERVICE_CONTROL (Stoke-on-Trent Annex 1: the presumption that service control will be removed from "
                + "the Council).", example = "CONTINUE", required = true) ReviewRecommendation recommendation,
        @Size(max = 4000) @Schema(description = "What the review found, in brief.", nullable = true,
                example = "Caseloads down; audits show practice improving in the front door.") String summary) {

    @Schema(name = "ReviewLeader", description = "Who led the review: a role for the council, and (when several hold it on the day) "
            + "which appointment. councils-service must record the appointment in force on the day the review was held.")
    public record Leader(
            @NotNull @Pattern(regexp = "[A-Z][A-Z_]{0,59}", message = "must be a role code such as CHILDRENS_SERVICES_COMMISSIONER")
            @Schema(example = "CHILDRENS_SERVICES_COMMISSIONER", required = true) String roleCode,
            @Schema(description = "The leader's appointment in councils-service; needed only when several hold the role that day.",
                    nullable = true) UUID appointmentId) {
    }
}
