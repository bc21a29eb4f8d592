package uk.gov.education.intervention.directions.domain;

/** What a cadence counts from. */
public enum CadenceAnchor {
    /** MONTHLY: due on the last day of each calendar month. */
    CALENDAR_MONTH,
    /** EVERY_N_MONTHS and AT_MONTH_OFFSETS: k x N months (or each offset) from the direction's date, clamped to the month's end. */
    DIRECTION_DATE,
    /** EVERY_N_MONTHS with months 3: due on the last day of each calendar quarter (31 March, 30 June, 30 September, 31 December). */
    CALENDAR_QUARTER
}
