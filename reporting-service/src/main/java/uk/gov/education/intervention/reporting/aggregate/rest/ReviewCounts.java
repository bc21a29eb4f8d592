package uk.gov.education.intervention.reporting.aggregate.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.aggregate.domain.Tally;

import java.util.Map;

@Schema(name = "ReviewCounts", description = "Reviews held in the period (by the day held) whose outcome is recorded, and their findings.")
public record ReviewCounts(
        @Schema(description = "Reviews held whose outcome is recorded.", example = "1") int held,
        @Schema(description = "Of those, the ones that found sufficient progress.", example = "1") int sufficientProgress,
        @Schema(description = "Of those, the ones that did not.", example = "0") int insufficientProgress,
        @Schema(description = "Of those, how many recommended each course (every recommendation named, 0 when none).",
                example = "{\"CONTINUE\":1,\"ALTERNATIVE_DELIVERY_AND_GOVERNANCE\":0,\"REMOVAL_OF_SERVICE_CONTROL\":0}")
        Map<String, Integer> recommendations) {

    public static ReviewCounts of(Tally.Reviews r) {
        return new ReviewCounts(r.held(), r.sufficientProgress(), r.insufficientProgress(), r.recommendations());
    }
}
