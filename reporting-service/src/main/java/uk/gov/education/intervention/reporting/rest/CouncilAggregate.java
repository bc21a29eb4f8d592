package uk.gov.education.intervention.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "CouncilAggregate", description = "One council's counts per period, with its name and current Ofsted rating "
        + "(from councils-service) and the direction in force (from directions-service's duties feed).")
public record CouncilAggregate(
        @Schema(example = "E06000021") String gssCode,
        @Schema(description = "Absent when councils-service could not be asked.", example = "Stoke-on-Trent City Council", nullable = true)
        String name,
        @Schema(nullable = true) Rating currentRating,
        @Schema(nullable = true) DirectionRef directionInForce,
        List<AggregateCounts> periods) {

    @Schema(name = "AggregateRating", description = "The council's current Ofsted rating, as councils-service gives it.")
    public record Rating(@Schema(example = "INADEQUATE") String overallEffectiveness,
                         @Schema(example = "2019-03-18") LocalDate publishedOn) {
    }

    @Schema(name = "DirectionRef", description = "The direction in force with structured duties.")
    public record DirectionRef(@Schema(example = "E06000021-2019-10-31") String reference,
                               @Schema(example = "2019-10-31") LocalDate date) {
    }
}
