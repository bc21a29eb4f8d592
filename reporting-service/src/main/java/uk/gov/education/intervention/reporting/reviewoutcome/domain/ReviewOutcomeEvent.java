package uk.gov.education.intervention.reporting.reviewoutcome.domain;

import java.time.OffsetDateTime;

/**
 * A review's finding recorded or corrected, fired synchronously inside the transaction that stored it,
 * so that an observer's writes commit or roll back with it.
 */
public record ReviewOutcomeEvent(Kind kind, ReviewOutcome outcome, String actor, OffsetDateTime at) {

    public enum Kind { RECORDED, CORRECTED }
}
