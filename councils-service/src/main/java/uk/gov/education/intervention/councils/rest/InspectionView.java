package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.InspectionStatus;
import uk.gov.education.intervention.councils.domain.Judgement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Inspection", description = "An Ofsted inspection of a council's children's services.")
public record InspectionView(
        UUID id,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(description = "Code of the inspection framework.", example = "SIF") String framework,
        @Schema(nullable = true) LocalDate inspectionStart,
        @Schema(nullable = true) LocalDate inspectionEnd,
        @Schema(example = "2019-03-18") LocalDate publishedOn,
        @Schema(description = "Ofsted's reference or the report's address.", nullable = true) String reportReference,
        @Schema(example = "INADEQUATE") Judgement overallEffectiveness,
        @Schema(description = "Judgements of the framework's areas that the report graded.") List<AreaJudgementView> judgements,
        InspectionStatus status,
        @Schema(nullable = true) String withdrawnReason,
        @Schema(description = "Where the recorded facts come from.", nullable = true) String source) {
}
