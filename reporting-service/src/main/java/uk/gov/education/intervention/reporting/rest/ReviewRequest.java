package uk.gov.education.intervention.reporting.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.domain.ReviewDecision;

@Schema(name = "ReviewRequest", description = "A reviewer's decision on the submission's current version.")
public record ReviewRequest(
        @NotNull @Schema(example = "RETURN", required = true) ReviewDecision decision,
        @Size(max = 4000) @Schema(description = "Required when returning: what must change.",
                example = "Please add the Partner in Practice's audit findings.", nullable = true) String comments) {
}
