package uk.gov.education.intervention.directions.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.DutyKind;
import uk.gov.education.intervention.directions.domain.Party;
import uk.gov.education.intervention.directions.domain.Recipient;
import uk.gov.education.intervention.directions.domain.References;

import java.util.List;

@Schema(name = "DutyRequest", description = "A duty the direction imposes, attached to the clause that imposes it.")
public record DutyRequest(
        @Schema(description = "A slug unique within the direction.", example = "monthly-progress-report")
        @NotNull @Size(max = 80) @Pattern(regexp = References.DUTY_CODE, message = References.DUTY_CODE_MESSAGE) String code,
        @Schema(description = "The clause that imposes it.", example = "7.e.a")
        @NotNull @Pattern(regexp = References.CLAUSE_REFERENCE, message = References.CLAUSE_REFERENCE_MESSAGE) String clause,
        @Schema(description = "Other clauses that impose or refer to the same obligation: it is one duty, falling due once, "
                + "cited by all of them (Stoke-on-Trent's 7.e.b and Annex 3.h).", example = "[\"Annex.3.h\"]", nullable = true)
        @Size(max = 10) List<@NotNull @Pattern(regexp = References.CLAUSE_REFERENCE, message = References.CLAUSE_REFERENCE_MESSAGE) String> citedBy,
        @Schema(example = "PROGRESS_REPORT") @NotNull DutyKind kind,
        @Schema(example = "Combined monthly progress report") @NotBlank @Size(max = 300) String title,
        @Schema(description = "Who provides it: COUNCIL or councils-service role codes.",
                example = "[\"CHILDRENS_SERVICES_COMMISSIONER\", \"PARTNER_IN_PRACTICE\", \"DIRECTOR_OF_CHILDRENS_SERVICES\"]")
        @NotNull @Size(min = 1, max = 10) List<@NotNull Party> providers,
        @Schema(example = "DEPARTMENT_FOR_EDUCATION") @NotNull Recipient recipient,
        @NotNull @Valid CadenceJson cadence) {
}
