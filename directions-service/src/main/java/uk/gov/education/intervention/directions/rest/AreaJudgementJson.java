package uk.gov.education.intervention.directions.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.Judgement;

@Schema(name = "AreaJudgement", description = "Ofsted's judgement of one area, as a recital cites it.")
public record AreaJudgementJson(
        @Schema(description = "Judgement-area code of the framework (councils-service reference data).", example = "HELP_AND_PROTECTION")
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "must be a judgement-area code such as HELP_AND_PROTECTION") String area,
        @Schema(example = "INADEQUATE") @NotNull Judgement judgement) {
}
