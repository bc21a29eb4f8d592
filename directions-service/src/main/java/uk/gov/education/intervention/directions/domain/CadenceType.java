package uk.gov.education.intervention.directions.domain;

/** How often a duty falls due. */
public enum CadenceType {
    /** Once per calendar month. */
    MONTHLY,
    /** The k-th time on the direction's date plus k times N calendar months, clamped to the month's end. */
    EVERY_N_MONTHS,
    /** On the direction's date plus each offset in months, clamped to the month's end. */
    AT_MONTH_OFFSETS,
    /** Once for each Improvement Board meeting. */
    PER_BOARD_MEETING,
    /** Once, by a date. */
    ONCE,
    /** 'Regularly': no fixed schedule. */
    REGULAR,
    /** Once each time its trigger is recorded (an appointment to a role for the council), optionally within a period. */
    ON_EVENT,
    /** Each time one of its requesters asks (access 'on request'): no schedule, a record of each request and when it was met. */
    ON_REQUEST
}
