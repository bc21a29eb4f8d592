package uk.gov.education.intervention.reporting.schedule.domain;

/** How often a duty falls due, as directions-service describes it. */
public enum CadenceType {
    /** One item per calendar month, from the first month that begins after the direction's date. */
    MONTHLY,
    /** The k-th item is due k x N months after the direction's date. */
    EVERY_N_MONTHS,
    /** Items due at the listed month offsets from the direction's date, e.g. 6 and 12. */
    AT_MONTH_OFFSETS,
    /** One item per Improvement Board meeting recorded in this service. */
    PER_BOARD_MEETING,
    /** A single deadline. */
    ONCE,
    /** No fixed schedule: ad-hoc submissions only. */
    REGULAR,
    /** One item for each time its trigger is recorded (an appointment to a role for the council), due from then. */
    ON_EVENT,
    /** Each time one of its requesters asks: recorded as access requests, not as due items. */
    ON_REQUEST
}
