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
    REGULAR
}
