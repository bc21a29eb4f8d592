package uk.gov.education.intervention.councils.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.Judgement;

@Schema(name = "AreaJudgementRequest")
public record AreaJudgementRequest(
        @NotBlank @Size(max = 60) @Schema(description = "An area code of the inspection's framework.", example = "HELP_AND_PROTECTION", required = true) String area,
        @NotNull @Schema(example = "GOOD", required = true) Judgement judgement,
        @Size(max = 1000) @Schema(description = "Where this judgement comes from: document and clause.") String source) {
}
