package uk.gov.education.intervention.reporting.submission.domain;

/** Review state of a submission's current version. */
public enum SubmissionStatus {
    SUBMITTED, RETURNED, ACCEPTED
}
