package uk.gov.education.intervention.reporting.improvement.domain;

/** An action's owner as councils-service confirmed it: the kind and reference given, and what it is called there. */
public record KnownOwner(OwnerKind kind, String reference, String name) {
}
