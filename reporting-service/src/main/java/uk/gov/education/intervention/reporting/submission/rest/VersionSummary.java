package uk.gov.education.intervention.reporting.submission.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "VersionSummary", description = "Who pushed a version, and when.")
public record VersionSummary(
        @Schema(example = "2") int number,
        OffsetDateTime submittedAt,
        @Schema(description = "Who pushed it; absent for a reader who sees only some sections, unless its own organisation's staff did.",
                example = "dev-council-reporter.E08000007@example.invalid", nullable = true) String submittedBy,
        @Schema(example = "council-reporter") String submittedAs,
        @Schema(description = "For a council-reporter: the council whose staff pushed it (the council's own, or a partner authority's).",
                example = "E08000007", nullable = true) String onBehalfOf,
        @Schema(nullable = true) String note) {
}
