package uk.gov.education.intervention.councils.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.DateBasis;
import uk.gov.education.intervention.councils.domain.Judgement;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "InspectionRequest", description = "An inspection to record, or its corrected state.")
public record InspectionRequest(
        @NotBlank @Size(max = 40) @Schema(example = "ILACS_2023", required = true) String framework,
        @Schema(description = "When the inspection began. With the framework's period it is checked against.", example = "2024-02-05") LocalDate inspectionStart,
        @Schema(description = "STATED (the default with a date) or INFERRED; absent without inspectionStart.") DateBasis inspectionStartBasis,
        @Schema(example = "2024-02-16") LocalDate inspectionEnd,
        @Schema(description = "STATED (the default with a date) or INFERRED; absent without inspectionEnd.") DateBasis inspectionEndBasis,
        @NotNull @Schema(example = "2024-03-28", required = true) LocalDate publishedOn,
        @Schema(description = "STATED (the default) or INFERRED.") DateBasis publishedOnBasis,
        @Size(max = 500) @Schema(example = "https://reports.ofsted.gov.uk/provider/44/80512") String reportReference,
        @NotNull @Schema(example = "GOOD", required = true) Judgement overallEffectiveness,
        @Size(max = 20) List<@Valid @NotNull AreaJudgementRequest> judgements,
        @Size(max = 1000) @Schema(description = "Where the facts come from: document and clause. Required when a date is INFERRED.",
                example = "Ofsted inspection report, 28 March 2024") String source) {

    public List<AreaJudgementRequest> judgementsOrEmpty() {
        return judgements == null ? List.of() : judgements;
    }
}
