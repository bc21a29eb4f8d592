package uk.gov.education.intervention.reporting;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.aggregate.domain.Aggregate;
import uk.gov.education.intervention.reporting.aggregate.domain.Granularity;
import uk.gov.education.intervention.reporting.aggregate.domain.Tally;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewRecommendation;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The aggregate's counting, without a database or the other services. */
class AggregateTallyTest {

    @Test
    void itemsAreCountedByStatusAndTimeliness() {
        Tally t = new Tally();
        t.item(DueItemStatus.ACCEPTED, true, true);
        t.item(DueItemStatus.SUBMITTED_LATE, true, false);
        t.item(DueItemStatus.OVERDUE, false, false);
        t.item(DueItemStatus.WITHDRAWN, false, false);
        t.item(DueItemStatus.UPCOMING, false, false);
        Tally.Counts c = t.counts(true);
        assertEquals(4, c.expected());
        assertEquals(2, c.received());
        assertEquals(1, c.onTime());
        assertEquals(1, c.late());
        assertEquals(1, c.overdue());
        assertEquals(1, c.accepted());
        assertEquals(1, c.withdrawn());
        assertEquals(0.333, c.onTimeRate());
    }

    @Test
    void withoutTheScheduleWhatOnlyItTellsIsUnknownNotZero() {
        Tally t = new Tally();
        t.submission(true, false, true);
        Tally.Counts c = t.counts(false);
        assertNull(c.expected());
        assertNull(c.overdue());
        assertNull(c.withdrawn());
        assertNull(c.onTimeRate());
        assertEquals(1, c.received());
        assertEquals(1, c.returned());
    }

    @Test
    void reviewsNameEveryRecommendation() {
        Tally t = new Tally();
        t.review(true, ReviewRecommendation.CONTINUE);
        t.review(false, ReviewRecommendation.CONTINUE);
        Tally.Reviews r = t.counts(true).reviews();
        assertEquals(2, r.held());
        assertEquals(1, r.insufficientProgress());
        assertEquals(Map.of("CONTINUE", 2, "ALTERNATIVE_DELIVERY_AND_GOVERNANCE", 0, "REMOVAL_OF_SERVICE_CONTROL", 0),
                r.recommendations());
        assertNull(t.counts(true).onTimeRate(), "nothing has fallen due");
    }

    @Test
    void councilsArePeriodsOfTalliesAndTheTotalSumsThem() {
        Aggregate a = new Aggregate(Granularity.QUARTER);
        a.on("E06000021", LocalDate.of(2020, 1, 31)).item(DueItemStatus.SUBMITTED_ON_TIME, true, true);
        a.on("E06000035", LocalDate.of(2020, 3, 31)).item(DueItemStatus.OVERDUE, false, false);
        a.on("E06000035", LocalDate.of(2020, 4, 30)).item(DueItemStatus.DUE, false, false);
        a.include("E09000001");
        a.owed("E06000021", new Aggregate.Obligation("d/1", "7.a", List.of("7.a"), "PROGRESS_REPORT", "t", "r", 1));
        a.owed("E06000021", new Aggregate.Obligation("d/1", "7.a", List.of("7.a"), "PROGRESS_REPORT", "t", "r", 0));
        List<Granularity.Period> periods = List.of(Granularity.QUARTER.containing(LocalDate.of(2020, 2, 1)));

        List<Aggregate.CouncilCounts> councils = a.councils(periods, Map.of(), Map.of(), true);
        assertEquals(List.of("E06000021", "E06000035", "E09000001"), councils.stream().map(Aggregate.CouncilCounts::gssCode).toList());
        assertEquals(1, councils.get(0).obligations().get(0).expected());
        assertEquals(0, councils.get(2).periods().get(0).counts().expected());

        Tally.Counts all = a.allCouncils(periods, true).get(0).counts();
        assertEquals("2020-Q1", a.allCouncils(periods, true).get(0).period().label());
        assertEquals(2, all.expected());
        assertEquals(0.5, all.onTimeRate());
        assertNull(a.councils(periods, Map.of(), Map.of(), false).get(0).obligations());
    }
}
