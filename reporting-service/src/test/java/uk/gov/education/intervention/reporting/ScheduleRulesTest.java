package uk.gov.education.intervention.reporting;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.schedule.domain.Cadence;
import uk.gov.education.intervention.reporting.schedule.domain.CadenceType;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatusRules;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.schedule.domain.EventFact;
import uk.gov.education.intervention.reporting.schedule.domain.ScheduleRules;
import uk.gov.education.intervention.reporting.schedule.domain.ScheduledDue;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionStatus;
import uk.gov.education.intervention.reporting.schedule.domain.SuiteDates;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The date rules of directions' duties, on the seed directions' own dates. */
class ScheduleRulesTest {

    private static final LocalDate STOKE_DATE = LocalDate.of(2019, 10, 31);
    private static final LocalDate MEDWAY_DATE = LocalDate.of(2020, 1, 7);

    private static Duty duty(LocalDate directionDate, Cadence cadence, String status, LocalDate revokedOn) {
        return new Duty("X-" + directionDate + "/d", "d", "E06000021-" + directionDate, "E06000021", directionDate, status,
                revokedOn, "7.e.b", List.of("7.e.b"), "PERFORMANCE_REVIEW", "Test", List.of("COUNCIL"), "DEPARTMENT_FOR_EDUCATION", cadence);
    }

    private static List<LocalDate> dueDates(List<ScheduledDue> items) {
        return items.stream().map(ScheduledDue::dueOn).toList();
    }

    @Test
    void everyThreeMonthsIsCountedFromTheDirectionsDateAndClampedToTheMonthsEnd() {
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(STOKE_DATE, Cadence.everyNMonths(3), "ISSUED", null),
                List.of(), LocalDate.of(2021, 1, 31));
        assertEquals(List.of(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 4, 30), LocalDate.of(2020, 7, 31),
                LocalDate.of(2020, 10, 31), LocalDate.of(2021, 1, 31)), dueDates(items));
        // periods follow one another without gaps: each starts the day after the previous due date
        assertEquals(LocalDate.of(2019, 11, 1), items.get(0).periodStart());
        assertEquals(LocalDate.of(2020, 2, 1), items.get(1).periodStart());
        assertEquals(LocalDate.of(2020, 5, 1), items.get(2).periodStart());
    }

    @Test
    void neverStepsFromThePreviousDueDate() {
        // stepping would give 31 Oct -> 30 Nov -> 30 Dec -> 30 Jan; counting from the direction's date keeps the 31st
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(STOKE_DATE, Cadence.everyNMonths(1), "ISSUED", null),
                List.of(), LocalDate.of(2020, 3, 31));
        assertEquals(List.of(LocalDate.of(2019, 11, 30), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 31),
                LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 31)), dueDates(items));
    }

    @Test
    void medwaysReviewsFallSixAndTwelveMonthsAfterItsDate() {
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(MEDWAY_DATE, Cadence.atMonthOffsets(6, 12), "ISSUED", null),
                List.of(), LocalDate.of(2030, 1, 1));
        assertEquals(List.of(LocalDate.of(2020, 7, 7), LocalDate.of(2021, 1, 7)), dueDates(items));
        assertEquals(LocalDate.of(2020, 7, 8), items.get(1).periodStart());
    }

    @Test
    void monthlyDutiesFallAtTheEndOfEachCalendarMonthAfterTheDirection() {
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(STOKE_DATE, Cadence.monthly(), "ISSUED", null),
                List.of(), LocalDate.of(2020, 2, 29));
        assertEquals(List.of(LocalDate.of(2019, 11, 30), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 31),
                LocalDate.of(2020, 2, 29)), dueDates(items));
        assertEquals(LocalDate.of(2020, 2, 1), items.get(3).periodStart());
    }

    @Test
    void aOneOffDeadlineIsOneItem() {
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(STOKE_DATE, Cadence.once(LocalDate.of(2020, 1, 31)), "ISSUED", null),
                List.of(), LocalDate.of(2030, 1, 1));
        assertEquals(List.of(LocalDate.of(2020, 1, 31)), dueDates(items));
        assertEquals(LocalDate.of(2019, 11, 1), items.get(0).periodStart());
    }

    @Test
    void perBoardMeetingItemsFallOnTheMeetingsAfterTheDirection() {
        List<LocalDate> meetings = List.of(LocalDate.of(2019, 12, 12), LocalDate.of(2019, 10, 1), LocalDate.of(2019, 11, 28));
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(STOKE_DATE, Cadence.perBoardMeeting(), "ISSUED", null),
                meetings, LocalDate.of(2030, 1, 1));
        assertEquals(List.of(LocalDate.of(2019, 11, 28), LocalDate.of(2019, 12, 12)), dueDates(items));
        assertEquals(LocalDate.of(2019, 11, 29), items.get(1).periodStart());
    }

    @Test
    void regularDutiesHaveNoFixedSchedule() {
        assertTrue(ScheduleRules.occurrences(duty(MEDWAY_DATE, Cadence.regular(), "ISSUED", null), List.of(),
                LocalDate.of(2030, 1, 1)).isEmpty());
    }

    @Test
    void revocationStopsTheScheduleAndWithdrawsWhatHadNotFallenDue() {
        // revoked on 15 Feb 2020: January's report was due before it; February's period had begun but it falls due
        // after revocation, so it is withdrawn; March's period begins after, so it does not exist
        List<ScheduledDue> items = ScheduleRules.occurrences(
                duty(STOKE_DATE, Cadence.monthly(), "REVOKED", LocalDate.of(2020, 2, 15)), List.of(), LocalDate.of(2030, 1, 1));
        assertEquals(List.of(LocalDate.of(2019, 11, 30), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 31),
                LocalDate.of(2020, 2, 29)), dueDates(items));
        assertFalse(items.get(2).withdrawn());
        assertTrue(items.get(3).withdrawn());
    }

    @Test
    void anItemDueOnTheRevocationDateIsWithdrawn() {
        // directions-service gives revokedOn as the first day the direction is no longer in force: the
        // successor's date. The review due that day falls to the successor, not to the revoked direction.
        List<ScheduledDue> items = ScheduleRules.occurrences(
                duty(STOKE_DATE, Cadence.everyNMonths(3), "REVOKED", LocalDate.of(2020, 4, 30)), List.of(), LocalDate.of(2030, 1, 1));
        assertEquals(List.of(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 4, 30)), dueDates(items));
        assertFalse(items.get(0).withdrawn());
        assertTrue(items.get(1).withdrawn());
        Duty revoked = duty(STOKE_DATE, Cadence.monthly(), "REVOKED", LocalDate.of(2020, 4, 30));
        assertTrue(revoked.inForceOn(LocalDate.of(2020, 4, 29)));
        assertFalse(revoked.inForceOn(LocalDate.of(2020, 4, 30)));
        assertFalse(revoked.inForceOn(LocalDate.of(2019, 10, 30)));
    }

    @Test
    void nothingIsDueAfterTheHorizon() {
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(STOKE_DATE, Cadence.everyNMonths(3), "ISSUED", null),
                List.of(), LocalDate.of(2020, 4, 29));
        assertEquals(List.of(LocalDate.of(2020, 1, 31)), dueDates(items));
    }

    private static final LocalDate LEAP_DAY = LocalDate.of(2020, 2, 29);
    private static final LocalDate LAST_OF_AUGUST = LocalDate.of(2021, 8, 31);

    private static Cadence quarters() {
        return new Cadence(CadenceType.EVERY_N_MONTHS, 3, null, null,
                Cadence.CALENDAR_QUARTER, "CHOSEN", null, null, null, null);
    }

    private static List<LocalDate> dates(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
    }

    @Test
    void a29FebruaryDirectionCountsEachIntervalFromThe29thClampedToShorterMonths() {
        assertEquals(dates("2020-05-29", "2020-08-29", "2020-11-29", "2021-02-28", "2021-05-29", "2021-08-29", "2021-11-29",
                        "2022-02-28", "2022-05-29", "2022-08-29", "2022-11-29", "2023-02-28", "2023-05-29", "2023-08-29",
                        "2023-11-29", "2024-02-29"),
                dueDates(ScheduleRules.occurrences(duty(LEAP_DAY, Cadence.everyNMonths(3), "ISSUED", null), List.of(),
                        LocalDate.of(2024, 3, 1))));
        assertEquals(dates("2020-08-29", "2021-02-28"),
                dueDates(ScheduleRules.occurrences(duty(LEAP_DAY, Cadence.atMonthOffsets(6, 12), "ISSUED", null), List.of(),
                        LocalDate.of(2030, 1, 1))));
        assertEquals(dates("2020-03-31", "2020-04-30", "2020-05-31"),
                dueDates(ScheduleRules.occurrences(duty(LEAP_DAY, Cadence.monthly(), "ISSUED", null), List.of(), LocalDate.of(2020, 5, 31))));
        List<ScheduledDue> q = ScheduleRules.occurrences(duty(LEAP_DAY, quarters(), "ISSUED", null), List.of(), LocalDate.of(2020, 12, 31));
        assertEquals(dates("2020-03-31", "2020-06-30", "2020-09-30", "2020-12-31"), dueDates(q));
        assertEquals(LocalDate.of(2020, 3, 1), q.get(0).periodStart());
        assertEquals(LocalDate.of(2020, 4, 1), q.get(1).periodStart());
    }

    @Test
    void a31AugustDirectionFallsDueOnTheLastDayOfShorterMonths() {
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(LAST_OF_AUGUST, Cadence.everyNMonths(3), "ISSUED", null), List.of(),
                LocalDate.of(2022, 8, 31));
        assertEquals(dates("2021-11-30", "2022-02-28", "2022-05-31", "2022-08-31"), dueDates(items));
        assertEquals(LocalDate.of(2021, 12, 1), items.get(1).periodStart());
        assertEquals(dates("2022-02-28", "2022-08-31"),
                dueDates(ScheduleRules.occurrences(duty(LAST_OF_AUGUST, Cadence.atMonthOffsets(6, 12), "ISSUED", null), List.of(),
                        LocalDate.of(2030, 1, 1))));
        assertEquals(dates("2021-09-30", "2021-10-31"),
                dueDates(ScheduleRules.occurrences(duty(LAST_OF_AUGUST, Cadence.monthly(), "ISSUED", null), List.of(),
                        LocalDate.of(2021, 10, 31))));
        List<ScheduledDue> q = ScheduleRules.occurrences(duty(LAST_OF_AUGUST, quarters(), "ISSUED", null), List.of(),
                LocalDate.of(2022, 3, 31));
        assertEquals(dates("2021-09-30", "2021-12-31", "2022-03-31"), dueDates(q));
        assertEquals(LocalDate.of(2021, 9, 1), q.get(0).periodStart());
    }

    @Test
    void calendarQuartersStopWhereTheDirectionIsRevoked() {
        // revoked from 15 May 2020: the quarter begun in April is withdrawn, none begins after
        List<ScheduledDue> q = ScheduleRules.occurrences(duty(MEDWAY_DATE, quarters(), "REVOKED", LocalDate.of(2020, 5, 15)), List.of(),
                LocalDate.of(2021, 12, 31));
        assertEquals(dates("2020-03-31", "2020-06-30"), dueDates(q));
        assertFalse(q.get(0).withdrawn());
        assertTrue(q.get(1).withdrawn());
    }

    private static EventFact lip(LocalDate on, String ref) {
        return new EventFact("E06000021", "LEADERSHIP_IMPROVEMENT_PARTNER", on, ref);
    }

    @Test
    void anEventWithNoPeriodStatedIsDueFromTheFactWithNoDeadlineAndNeverOverdue() {
        Duty d = duty(MEDWAY_DATE, Cadence.onEvent("LEADERSHIP_IMPROVEMENT_PARTNER", null), "ISSUED", null);
        List<ScheduledDue> items = ScheduleRules.occurrences(d, List.of(), List.of(lip(LocalDate.of(2020, 2, 3), "a")),
                LocalDate.of(2030, 1, 1));
        assertEquals(1, items.size());
        ScheduledDue due = items.get(0);
        assertEquals(LocalDate.of(2020, 2, 3), due.periodStart());
        assertEquals(LocalDate.of(2020, 2, 3), due.dueOn());
        assertFalse(due.deadlineStated());
        assertEquals("a", due.trigger().ref());
        assertEquals(DueItemStatus.DUE, DueItemStatusRules.status(due, LocalDate.of(2029, 1, 1), 0, null, null));
        assertEquals(DueItemStatus.UPCOMING, DueItemStatusRules.status(due, LocalDate.of(2020, 2, 2), 0, null, null));
        assertEquals(DueItemStatus.SUBMITTED_ON_TIME,
                DueItemStatusRules.status(due, LocalDate.of(2029, 1, 1), 0, LocalDate.of(2028, 1, 1), SubmissionStatus.SUBMITTED));
        // no fact, no item; nothing before the schedule's end
        assertTrue(ScheduleRules.occurrences(d, List.of(), List.of(), LocalDate.of(2030, 1, 1)).isEmpty());
        assertTrue(ScheduleRules.occurrences(d, List.of(), List.of(lip(LocalDate.of(2020, 2, 3), "a")), LocalDate.of(2020, 2, 2)).isEmpty());
    }

    @Test
    void anEventWithAPeriodIsDueByTheFactsDayPlusThePeriod() {
        Duty d = duty(MEDWAY_DATE, Cadence.onEvent("LEADERSHIP_IMPROVEMENT_PARTNER", "P28D"), "ISSUED", null);
        ScheduledDue due = ScheduleRules.occurrences(d, List.of(), List.of(lip(LocalDate.of(2020, 2, 3), "a")),
                LocalDate.of(2030, 1, 1)).get(0);
        assertEquals(LocalDate.of(2020, 3, 2), due.dueOn());
        assertTrue(due.deadlineStated());
        assertEquals(DueItemStatus.OVERDUE, DueItemStatusRules.status(due, LocalDate.of(2020, 3, 3), 0, null, null));
    }

    @Test
    void aFactBeforeTheDirectionCountsFromItsDateAndNoneCountsAfterRevocation() {
        Duty revoked = duty(MEDWAY_DATE, Cadence.onEvent("LEADERSHIP_IMPROVEMENT_PARTNER", null), "REVOKED", LocalDate.of(2020, 6, 1));
        List<ScheduledDue> items = ScheduleRules.occurrences(revoked, List.of(),
                List.of(lip(LocalDate.of(2021, 1, 1), "late"), lip(LocalDate.of(2019, 12, 1), "early")), LocalDate.of(2030, 1, 1));
        assertEquals(1, items.size());
        assertEquals(MEDWAY_DATE, items.get(0).periodStart());
        assertEquals("early", items.get(0).trigger().ref());
        // an open-ended duty lapses with its direction
        assertTrue(items.get(0).withdrawn());
    }

    @Test
    void onRequestMakesNoItem() {
        Duty d = duty(STOKE_DATE, new Cadence(CadenceType.ON_REQUEST, null, null, null, null, null, null, null, null, List.of("PARTNER_IN_PRACTICE")),
                "ISSUED", null);
        assertTrue(ScheduleRules.occurrences(d, List.of(), LocalDate.of(2030, 1, 1)).isEmpty());
    }

    @Test
    void aOnceDutyIsDueOnItsDeadlineFromTheDayAfterTheDirection() {
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(STOKE_DATE, Cadence.once(LocalDate.of(2020, 3, 31)), "ISSUED", null),
                List.of(), LocalDate.of(2030, 1, 1));
        assertEquals(dates("2020-03-31"), dueDates(items));
        assertEquals(LocalDate.of(2019, 11, 1), items.get(0).periodStart());
        assertTrue(ScheduleRules.occurrences(duty(STOKE_DATE, Cadence.once(LocalDate.of(2020, 3, 31)), "ISSUED", null),
                List.of(), LocalDate.of(2020, 3, 30)).isEmpty(), "beyond the horizon");
    }

    @Test
    void boardMeetingsAfterTheDirectionEachMakeAnItemUntilRevocation() {
        Duty d = duty(STOKE_DATE, Cadence.perBoardMeeting(), "REVOKED", LocalDate.of(2020, 6, 30));
        List<LocalDate> meetings = dates("2020-09-01", "2019-10-01", "2020-02-14", "2019-11-28");
        List<ScheduledDue> items = ScheduleRules.occurrences(d, meetings, LocalDate.of(2030, 1, 1));
        assertEquals(dates("2019-11-28", "2020-02-14"), dueDates(items));
        assertEquals(LocalDate.of(2019, 11, 1), items.get(0).periodStart());
        assertEquals(LocalDate.of(2019, 11, 29), items.get(1).periodStart());
    }

    @Test
    void regularAndOnRequestDutiesHaveNoScheduleAndADutyWithoutADateHasNone() {
        assertTrue(ScheduleRules.occurrences(duty(STOKE_DATE, Cadence.regular(), "ISSUED", null), List.of(),
                LocalDate.of(2030, 1, 1)).isEmpty());
        assertTrue(ScheduleRules.occurrences(duty(STOKE_DATE, new Cadence(CadenceType.ON_REQUEST, null, null, null), "ISSUED", null),
                List.of(), LocalDate.of(2030, 1, 1)).isEmpty());
        assertTrue(ScheduleRules.occurrences(duty(null, Cadence.monthly(), "ISSUED", null), List.of(), LocalDate.of(2030, 1, 1)).isEmpty());
        assertTrue(ScheduleRules.occurrences(duty(STOKE_DATE, new Cadence(CadenceType.EVERY_N_MONTHS, 0, null, null), "ISSUED", null),
                List.of(), LocalDate.of(2030, 1, 1)).isEmpty(), "an interval of no months makes no items");
    }

    @Test
    void monthOffsetsAreReadInOrderIgnoringNonsense() {
        Cadence offsets = new Cadence(CadenceType.AT_MONTH_OFFSETS, null, java.util.Arrays.asList(12, null, 0, 6, -3), null);
        List<ScheduledDue> items = ScheduleRules.occurrences(duty(MEDWAY_DATE, offsets, "ISSUED", null), List.of(), LocalDate.of(2030, 1, 1));
        assertEquals(dates("2020-07-07", "2021-01-07"), dueDates(items));
        assertEquals(LocalDate.of(2020, 7, 8), items.get(1).periodStart());
    }

    @Test
    void theDomainsDatesAreTheSuitesBounds() {
        assertEquals(uk.gov.education.intervention.platform.rest.Bounds.EARLIEST_DATE, SuiteDates.EARLIEST);
        assertEquals(uk.gov.education.intervention.platform.rest.Bounds.LATEST_DATE, SuiteDates.LATEST);
        assertEquals(uk.gov.education.intervention.platform.rest.Bounds.DATE_RANGE, SuiteDates.RANGE);
    }
}
