package uk.gov.education.intervention.reporting.domain;

import java.time.LocalDate;

/**
 * One concrete occurrence of a duty: the period it covers, its due date, and whether the direction
 * was revoked before it fell due.
 */
public record ScheduledDue(LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, boolean withdrawn) {
}
