package uk.gov.education.intervention.councils.domain;

/** Where a formal partnership arrangement stands. */
public enum PartnershipStatus { REQUIRED, NEGOTIATING, TERMS_AGREED, IN_PLACE, ALTERNATIVE_ARRANGEMENTS, ENDED }
