package uk.gov.education.intervention.reporting.submission.domain;

/** What a reviewer decided about a submission's current version. */
public enum ReviewDecision {
    ACCEPT, RETURN
}
