package uk.gov.education.intervention.directions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.Party;

import java.util.List;

@Schema(name = "Annex", description = "Terms of reference for one appointee role.")
public record AnnexView(
        @Schema(example = "AnnexA") String reference,
        @Schema(example = "ANNEX A") String heading,
        List<String> titleLines,
        @Schema(example = "LEADERSHIP_IMPROVEMENT_PARTNER") Party appointeeRole,
        @Schema(nullable = true) String introduction,
        List<ClauseView> paragraphs) {
}
