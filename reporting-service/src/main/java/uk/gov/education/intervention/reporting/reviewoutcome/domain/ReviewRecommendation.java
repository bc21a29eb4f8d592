package uk.gov.education.intervention.reporting.reviewoutcome.domain;

/**
 * What a review recommends, in the directions' own terms. The names follow the texts: neither
 * direction lists the outcomes of its reviews, so these are the courses the directions name.
 */
public enum ReviewRecommendation {
    /** Sufficient progress (or reason enough): the current arrangements continue. */
    CONTINUE,
    /**
     * Medway, Annex B.4: "If positive impact is not evident following review, to advise on relevant
     * alternative delivery and governance arrangements for children's social care, outside of the
     * operational control of the Council".
     */
    ALTERNATIVE_DELIVERY_AND_GOVERNANCE,
    /**
     * Stoke-on-Trent, Annex 1: "there is a presumption that service control will be removed from the
     * Council unless there are good reasons not to do so".
     */
    REMOVAL_OF_SERVICE_CONTROL
}
