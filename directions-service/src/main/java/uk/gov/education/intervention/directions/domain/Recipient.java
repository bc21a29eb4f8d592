package uk.gov.education.intervention.directions.domain;

/** To whom a duty is delivered. */
public enum Recipient {
    DEPARTMENT_FOR_EDUCATION,
    SECRETARY_OF_STATE,
    MINISTER_CHILDREN_FAMILIES,
    IMPROVEMENT_BOARD
}
