package uk.gov.education.intervention.directions.domain;

/** Whether a cadence's anchor is the one the direction's text states, or one chosen because the text states none. */
public enum AnchorBasis {
    /** The text says what the interval counts from ("at 3 monthly intervals from the date of this direction"). */
    STATED,
    /** The text states no anchor ("on a quarterly basis"): the one recorded was chosen for the duty. */
    CHOSEN
}
