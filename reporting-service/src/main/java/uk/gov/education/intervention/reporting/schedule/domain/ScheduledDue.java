package uk.gov.education.intervention.reporting.schedule.domain;

import java.time.LocalDate;

/**
 * One concrete occurrence of a duty: the period it covers, its due date, and whether the direction
 * was revoked before it fell due. An item an event made due ({@code trigger}, the fact's reference)
 * is due from {@code periodStart}; when the text states no period to do it in, {@code deadlineStated}
 * is false and {@code dueOn} is the day it fell due, not a deadline.
 */
public record ScheduledDue(LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, boolean withdrawn,
                           boolean deadlineStated, EventFact trigger) {

    public ScheduledDue(LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, boolean withdrawn) {
        this(periodStart, periodEnd, dueOn, withdrawn, true, null);
    }
}
