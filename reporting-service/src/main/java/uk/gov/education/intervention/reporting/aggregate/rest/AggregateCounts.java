package uk.gov.education.intervention.reporting.aggregate.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.aggregate.domain.Aggregate;
import uk.gov.education.intervention.reporting.aggregate.domain.Tally;

import java.time.LocalDate;

@Schema(name = "AggregateCounts", description = "Counts of the due items falling due in one period (by due date). `expected`, "
        + "`overdue` and `onTimeRate` are absent when the schedules cannot be computed (see `missing`).")
public record AggregateCounts(
        @Schema(example = "2020-01") String period,
        @Schema(example = "2020-01-01") LocalDate start,
        @Schema(example = "2020-01-31") LocalDate end,
        @Schema(description = "Due items falling due in the period, withdrawn ones excluded.", example = "6", nullable = true)
        Integer expected,
        @Schema(description = "Of those, the ones with a submission.", example = "5") int received,
        @Schema(description = "Received by the due date plus the grace period.", example = "4") int onTime,
        @Schema(description = "First received after the due date plus the grace period.", example = "1") int late,
        @Schema(description = "Nothing received and the deadline has passed.", example = "1", nullable = true) Integer overdue,
        @Schema(description = "Received and accepted on review.", example = "3") int accepted,
        @Schema(description = "Returned on review and awaiting resubmission.", example = "1") int returned,
        @Schema(description = "Items withdrawn because the direction was revoked before they fell due.", example = "0", nullable = true)
        Integer withdrawn,
        @Schema(description = "onTime / (onTime + late + overdue), to three places; absent when nothing has fallen due yet.",
                example = "0.667", nullable = true) Double onTimeRate,
        @Schema(description = "The reviews held in the period and what they found (recorded in this service, so known even when "
                + "the schedules are not).") ReviewCounts reviews) {

    public static AggregateCounts of(Aggregate.PeriodCounts p) {
        Tally.Counts c = p.counts();
        return new AggregateCounts(p.period().label(), p.period().start(), p.period().end(), c.expected(), c.received(), c.onTime(),
                c.late(), c.overdue(), c.accepted(), c.returned(), c.withdrawn(), c.onTimeRate(), ReviewCounts.of(c.reviews()));
    }
}
