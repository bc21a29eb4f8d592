package uk.gov.education.intervention.directions.domain;

/**
 * Who provides a duty or holds an annex's terms of reference: the council itself, or a role by
 * its councils-service role code.
 */
public enum Party {
    COUNCIL,
    CHILDRENS_SERVICES_COMMISSIONER,
    NON_EXECUTIVE_COMMISSIONER,
    IMPROVEMENT_ADVISOR,
    PARTNER_IN_PRACTICE,
    LEADERSHIP_IMPROVEMENT_PARTNER,
    REGIONAL_IMPROVEMENT_ALLIANCE,
    DIRECTOR_OF_CHILDRENS_SERVICES,
    IMPROVEMENT_BOARD_CHAIR,
    MINISTER_CHILDREN_FAMILIES,
    SENIOR_CIVIL_SERVANT
}
