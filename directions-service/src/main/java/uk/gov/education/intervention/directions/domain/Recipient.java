package uk.gov.education.intervention.directions.domain;

/** To whom a duty is delivered. */
public enum Recipient {
    DEPARTMENT_FOR_EDUCATION,
    SECRETARY_OF_STATE,
    MINISTER_CHILDREN_FAMILIES,
    IMPROVEMENT_BOARD,
    /** Medway Annex B.5 names this office, not the Minister for Children and Families. */
    PARLIAMENTARY_UNDER_SECRETARY_CHILDREN_FAMILIES,
    /** Whoever made the request (an ON_REQUEST duty: one of its cadence's requesters). */
    REQUESTER,
    /** The text names no recipient. */
    NOT_STATED
}
