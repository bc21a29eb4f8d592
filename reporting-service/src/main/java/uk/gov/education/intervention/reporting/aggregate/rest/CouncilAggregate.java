package uk.gov.education.intervention.reporting.aggregate.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.aggregate.domain.Aggregate;

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
        List<AggregateCounts> periods,
        @Schema(description = "The obligations behind `expected`, each once with every clause citing it, and how many of its "
                + "items fall due in the range (withdrawn ones excluded); absent when the schedules cannot be computed.",
                nullable = true) List<Obligation> obligations) {

    public static CouncilAggregate of(Aggregate.CouncilCounts c) {
        Aggregate.Council known = c.council();
        Rating rating = known == null || known.rating() == null ? null
                : new Rating(known.rating().overallEffectiveness(), known.rating().publishedOn());
        DirectionRef direction = c.directionInForce() == null ? null
                : new DirectionRef(c.directionInForce().reference(), c.directionInForce().date());
        List<Obligation> owed = c.obligations() == null ? null : c.obligations().stream()
                .map(o -> new Obligation(o.dutyId(), o.clause(), o.citations(), o.kind(), o.title(), o.rule(), o.expected())).toList();
        return new CouncilAggregate(c.gssCode(), known == null ? null : known.name(), rating, direction,
                c.periods().stream().map(AggregateCounts::of).toList(), owed);
    }

    @Schema(name = "AggregateObligation", description = "One duty counted in a council's aggregate.")
    public record Obligation(@Schema(example = "E06000021-2019-10-31/performance-review") String dutyId,
                             @Schema(example = "7.e.b") String clause,
                             @Schema(example = "[\"7.e.b\", \"Annex.3.h\"]") List<String> citations,
                             @Schema(example = "PERFORMANCE_REVIEW") String kind,
                             @Schema(example = "Formal performance review at 3-monthly intervals from the date of the direction, led by the Commissioner")
                             String title,
                             @Schema(example = "every 3 months from 31 October 2019, on the same day of the month or the month's last day",
                                     nullable = true) String rule,
                             @Schema(description = "Its items falling due in the range, withdrawn ones excluded.", example = "4") int expected) {
    }

    @Schema(name = "AggregateRating", description = "The council's current Ofsted rating, as councils-service gives it.")
    public record Rating(@Schema(example = "INADEQUATE") String overallEffectiveness,
                         @Schema(example = "2019-03-18") LocalDate publishedOn) {
    }

    @Schema(name = "DirectionRef", description = "The direction in force with structured duties.")
    public record DirectionRef(@Schema(example = "E06000021-2019-10-31") String reference,
                               @Schema(example = "2019-10-31") LocalDate date) {
    }
}
