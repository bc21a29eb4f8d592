package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.Judgement;

@Schema(name = "AreaJudgement")
public record AreaJudgementView(
        @Schema(example = "HELP_AND_PROTECTION") String area,
        @Schema(example = "Children who need help and protection") String areaName,
        @Schema(example = "INADEQUATE") Judgement judgement,
        @Schema(description = "Where this judgement comes from: document and clause.",
                example = "Direction to Medway Council, 7 January 2020, recital 3.a", nullable = true) String source) {
}
