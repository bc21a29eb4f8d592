package uk.gov.education.intervention.reporting.schedule.domain;

/** Where a due item stands on a given day. */
public enum DueItemStatus {
    /** Its period has not begun. */
    UPCOMING,
    /** Its period has begun and its deadline (due date plus grace) has not passed; nothing received. */
    DUE,
    /** The deadline has passed and nothing was received. */
    OVERDUE,
    /** Received by the deadline, not yet reviewed (or resubmitted after being returned). */
    SUBMITTED_ON_TIME,
    /** First received after the deadline, not yet reviewed (or resubmitted after being returned). */
    SUBMITTED_LATE,
    /** A reviewer accepted the submission. */
    ACCEPTED,
    /** A reviewer returned the submission for changes; awaiting a resubmission. */
    RETURNED,
    /** The direction was revoked before the item fell due. */
    WITHDRAWN
}
