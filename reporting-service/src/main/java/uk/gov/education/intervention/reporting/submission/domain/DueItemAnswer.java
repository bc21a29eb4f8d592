package uk.gov.education.intervention.reporting.submission.domain;

import java.time.OffsetDateTime;

/** What a due item's status needs of the report answering it: the item, the report's state and when it was first received. */
public record DueItemAnswer(String dueItemId, SubmissionStatus status, OffsetDateTime firstSubmittedAt) {
}
