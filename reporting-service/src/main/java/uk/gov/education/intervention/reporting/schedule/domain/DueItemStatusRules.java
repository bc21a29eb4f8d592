package uk.gov.education.intervention.reporting.schedule.domain;

import java.time.LocalDate;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionStatus;

/**
 * The status of a due item on a day, from its dates, the grace period and what was received.
 * Timeliness is judged by the day the first version arrived: a report returned for changes and
 * resubmitted keeps the timeliness of its first receipt.
 */
public final class DueItemStatusRules {

    private DueItemStatusRules() {
    }

    /** The last day on which a submission counts as on time. */
    public static LocalDate deadline(LocalDate dueOn, int graceDays) {
        return dueOn.plusDays(graceDays);
    }

    public static boolean onTime(LocalDate firstReceivedOn, LocalDate dueOn, int graceDays) {
        return !firstReceivedOn.isAfter(deadline(dueOn, graceDays));
    }

    /**
     * @param firstReceivedOn day the first version arrived, or null when nothing was received
     * @param submission      review state of the submission, or null when nothing was received
     */
    public static DueItemStatus status(ScheduledDue due, LocalDate today, int graceDays,
                                       LocalDate firstReceivedOn, SubmissionStatus submission) {
        if (due.withdrawn()) {
            return DueItemStatus.WITHDRAWN;
        }
        if (firstReceivedOn != null && submission != null) {
            return switch (submission) {
                case ACCEPTED -> DueItemStatus.ACCEPTED;
                case RETURNED -> DueItemStatus.RETURNED;
                // with no deadline stated nothing is late
                case SUBMITTED -> !due.deadlineStated() || onTime(firstReceivedOn, due.dueOn(), graceDays)
                        ? DueItemStatus.SUBMITTED_ON_TIME : DueItemStatus.SUBMITTED_LATE;
            };
        }
        if (due.deadlineStated() && today.isAfter(deadline(due.dueOn(), graceDays))) {
            return DueItemStatus.OVERDUE;
        }
        if (today.isBefore(due.periodStart())) {
            return DueItemStatus.UPCOMING;
        }
        return DueItemStatus.DUE;
    }
}
