package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.Judgement;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Rating", description = "A council's Ofsted rating as of a date: the overall judgement of its latest published inspection.")
public record RatingView(
        @Schema(example = "INADEQUATE") Judgement overallEffectiveness,
        @Schema(example = "2019-03-18") LocalDate publishedOn,
        @Schema(example = "ILACS_2018") String framework,
        UUID inspectionId) {
}
