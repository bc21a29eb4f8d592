package uk.gov.education.intervention.reporting.aggregate.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.aggregate.service.AggregateService;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "AggregateReport", description = "Monthly or quarterly counts of due items per council and across all the councils "
        + "in scope. When a dependency could not be reached, `degraded` is true, `missing` says what is absent, and nothing "
        + "is made up.")
public record AggregateReport(
        @Schema(example = "MONTH") String granularity,
        @Schema(example = "2020-01") String from,
        @Schema(example = "2020-03") String to,
        @Schema(description = "The day the statuses (overdue, due) are judged on.", example = "2020-02-10") LocalDate asOf,
        @Schema(description = "Days after a due date on which a submission still counts as on time.", example = "0") int graceDays,
        @Schema(description = "True when a dependency could not be reached and some data are missing or from a kept copy.")
        boolean degraded,
        @Schema(description = "What is missing or stale, and why.",
                example = "[\"councils-service is unavailable: council names and current Ofsted ratings are missing\"]")
        List<String> missing,
        List<CouncilAggregate> councils,
        @Schema(description = "The same counts summed over every council in `councils`.") List<AggregateCounts> allCouncils) {

    public static AggregateReport of(AggregateService.Report r) {
        return new AggregateReport(r.range().granularity().name(), r.range().from().label(), r.range().to().label(), r.asOf(),
                r.graceDays(), r.degraded(), r.missing(), r.councils().stream().map(CouncilAggregate::of).toList(),
                r.allCouncils().stream().map(AggregateCounts::of).toList());
    }
}
