package uk.gov.education.intervention.councils.domain;

/** Ofsted's four-point scale. */
public enum Judgement {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE;

    /** Good or outstanding: what the Improvement Advisor rule asks of a partner authority. */
    public boolean isGoodOrBetter() {
        return this == OUTSTANDING || this == GOOD;
    }
}
