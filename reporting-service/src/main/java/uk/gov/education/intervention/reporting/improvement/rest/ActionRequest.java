package uk.gov.education.intervention.reporting.improvement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.improvement.domain.ActionDraft;
import uk.gov.education.intervention.reporting.improvement.domain.JourneyStage;
import uk.gov.education.intervention.reporting.improvement.domain.OwnerKind;

import java.time.LocalDate;

@Schema(name = "PlanActionRequest", description = "An action of the improvement plan, as added or revised (a revision replaces all four).")
public record ActionRequest(
        @NotBlank @Size(max = ActionDraft.MAX_STATEMENT)
        @Schema(description = "A clear and specific statement of the action.", required = true,
                example = "Audit every child protection plan over 18 months old and step down or escalate each one.") String statement,
        @NotNull @Schema(description = "The stage of the child's journey it serves.", required = true, example = "HELP_AND_PROTECTION")
        JourneyStage stage,
        @NotNull @Valid @Schema(required = true) Owner owner,
        @NotNull @Schema(description = "When it is to be done.", required = true, example = "2023-09-30") LocalDate targetDate) {

    @Schema(name = "PlanActionOwner", description = "Who owns the action: a role, an organisation or a person as councils-service knows "
            + "them. Checked with councils-service when the action is added or revised: an owner it does not hold is refused "
            + "(422 unknown-action-owner), and while councils-service cannot answer nothing is stored (503).")
    public record Owner(
            @NotNull @Schema(required = true, example = "ROLE") OwnerKind kind,
            @NotBlank @Pattern(regexp = ActionDraft.OWNER_REFERENCE, message = "must be letters, digits, _ . : - (up to 100)")
            @Schema(description = "A role code (DIRECTOR_OF_CHILDRENS_SERVICES), or an organisation's or person's id in "
                    + "councils-service.", required = true, example = "DIRECTOR_OF_CHILDRENS_SERVICES") String reference) {
    }

    ActionDraft draft() {
        return new ActionDraft(statement, stage, owner.kind(), owner.reference(), targetDate);
    }
}
