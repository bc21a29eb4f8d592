package uk.gov.education.intervention.reporting.submission.domain;

import java.time.OffsetDateTime;

/**
 * Something that happened to a report, fired synchronously inside the transaction that made it happen:
 * an observer's writes (an outbox row, a plan update) commit or roll back with the change itself.
 * Observers read the report through {@code submission()}; it is the managed entity, as it stands after the change.
 */
public record SubmissionEvent(Kind kind, Submission submission, int versionNumber, String actor, OffsetDateTime at) {

    public enum Kind {
        /** A version was pushed: the first (the report was created) or a later one. */
        RECEIVED,
        /** A reviewer returned the current version for changes. */
        RETURNED,
        /** A reviewer accepted the current version. */
        ACCEPTED
    }
}
