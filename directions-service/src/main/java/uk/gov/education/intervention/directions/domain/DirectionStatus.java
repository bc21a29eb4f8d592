package uk.gov.education.intervention.directions.domain;

/** A direction is drafted, then issued (its text frozen), then revoked. It is never deleted. */
public enum DirectionStatus {
    DRAFT, ISSUED, REVOKED
}
