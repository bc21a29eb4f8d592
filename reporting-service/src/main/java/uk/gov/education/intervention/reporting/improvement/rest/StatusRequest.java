package uk.gov.education.intervention.reporting.improvement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.improvement.domain.ActionStatus;
import uk.gov.education.intervention.reporting.improvement.domain.StatusUpdate;

@Schema(name = "PlanStatusChangeRequest", description = "A new status for an action, with the evidence for it.")
public record StatusRequest(
        @NotNull @Schema(required = true, example = "AT_RISK") ActionStatus status,
        @NotBlank @Size(max = StatusUpdate.MAX_EVIDENCE)
        @Schema(required = true, description = "What shows the action is in this status.",
                example = "Only 12 of the 30 plans audited by the end of May.") String evidence) {
}
