package uk.gov.education.intervention.reporting.improvement.domain;

/** What an action's owner reference names, as councils-service knows it: a role code, an organisation or a person (by id). */
public enum OwnerKind {
    ROLE, ORGANISATION, PERSON
}
