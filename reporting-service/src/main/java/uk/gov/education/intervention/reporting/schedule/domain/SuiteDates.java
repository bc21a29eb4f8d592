package uk.gov.education.intervention.reporting.schedule.domain;

import java.time.LocalDate;

/**
 * The dates the suite accepts (1900-01-01 to 2199-12-31), for the domain's own checks: the same
 * bounds the edge holds every input date to, restated here so that the domain needs nothing of it.
 */
public final class SuiteDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    /** The same range in words (a constant, for messages and annotations). */
    public static final String RANGE = "1900-01-01 to 2199-12-31";

    private SuiteDates() {
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
