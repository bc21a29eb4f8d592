package uk.gov.education.intervention.directions.domain;

/** Ofsted's four-point scale. */
public enum Judgement {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE
}
