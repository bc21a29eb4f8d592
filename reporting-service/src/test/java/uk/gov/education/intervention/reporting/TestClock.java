package uk.gov.education.intervention.reporting;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The service's clock in tests (it replaces the platform's default {@code Clock} bean): a test sets
 * the day the service believes it is, so that statuses such as due, overdue and late can be
 * checked against the statutory dates of the seed directions.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private volatile Instant now;

    /** Midday, UK time, on this day. */
    public void setToday(LocalDate day) {
        now = day.atTime(LocalTime.NOON).atZone(UK).toInstant();
    }

    /** Moves the service's time on (from the day set, or from now). */
    public void advance(java.time.Duration by) {
        now = instant().plus(by);
    }

    /** Back to the real time. */
    public void reset() {
        now = null;
    }

    @Override
    public ZoneId getZone() {
        return UK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock keeps UK time");
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed != null ? fixed : Instant.now();
    }
}
