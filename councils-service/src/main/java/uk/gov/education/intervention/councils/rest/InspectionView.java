package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.DateBasis;
import uk.gov.education.intervention.councils.domain.InspectionStatus;
import uk.gov.education.intervention.councils.domain.Judgement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Inspection", description = "An Ofsted inspection of a council's children's services.")
public record InspectionView(
        UUID id,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(description = "Code of the inspection framework.", example = "ILACS_2018") String framework,
        @Schema(nullable = true) LocalDate inspectionStart,
        @Schema(description = "Whether the source states inspectionStart or it is inferred; absent without it.", nullable = true)
        DateBasis inspectionStartBasis,
        @Schema(nullable = true) LocalDate inspectionEnd,
        @Schema(description = "Whether the source states inspectionEnd or it is inferred; absent without it.", nullable = true)
        DateBasis inspectionEndBasis,
        @Schema(example = "2019-03-18") LocalDate publishedOn,
        @Schema(description = "Whether the source states publishedOn or it is inferred.", example = "STATED") DateBasis publishedOnBasis,
        @Schema(description = "Ofsted's reference or the report's address.", nullable = true) String reportReference,
        @Schema(example = "INADEQUATE") Judgement overallEffectiveness,
        @Schema(description = "Judgements of the framework's areas that the report graded.") List<AreaJudgementView> judgements,
        InspectionStatus status,
        @Schema(nullable = true) String withdrawnReason,
        @Schema(description = "Where the recorded facts come from: document and clause (each judgement names its own).",
                example = "Direction to Stoke-on-Trent City Council, 31 October 2019, recital 1 and Annex paragraph 1", nullable = true)
        String source) {
}
