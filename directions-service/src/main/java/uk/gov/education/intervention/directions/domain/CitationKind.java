package uk.gov.education.intervention.directions.domain;

/** What a recital cites. */
public enum CitationKind {
    /** An Ofsted inspection report: its date and the judgements the recital relies on. */
    OFSTED_REPORT,
    /** A Children's Services Commissioner's report: its date, or only its month when the direction gives no day. */
    COMMISSIONER_REPORT,
    /** An earlier direction, by its reference. */
    DIRECTION
}
