package uk.gov.education.intervention.reporting.submission.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a page of due items needs of the report answering one: which report it is (to link it), its state and when it
 * was first received (for the item's status).
 */
public record DueItemReport(UUID id, String dueItemId, SubmissionStatus status, OffsetDateTime firstSubmittedAt) {
}
