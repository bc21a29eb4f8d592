package uk.gov.education.intervention.councils.domain;

/** Whether a role is held by a person or by an organisation. */
public enum HolderKind { PERSON, ORGANISATION }
