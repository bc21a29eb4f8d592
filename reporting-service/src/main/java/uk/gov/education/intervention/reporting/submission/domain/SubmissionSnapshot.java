package uk.gov.education.intervention.reporting.submission.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the audit log keeps of a submission: its state, which version wrote each section, the
 * files of each section, the current fields and the last decision.
 */
public record SubmissionSnapshot(SubmissionStatus status, int currentVersion, OffsetDateTime lastSubmittedAt,
                                 Map<String, Integer> sections, Map<String, List<String>> attachments, JsonNode fields,
                                 String lastReview) {
}
