package uk.gov.education.intervention.reporting.improvement.domain;

import java.util.UUID;

/** Where a change came from when it was not made directly: the accepted report (submission and version) that carried it. */
public record Source(UUID submissionId, int version) {
}
