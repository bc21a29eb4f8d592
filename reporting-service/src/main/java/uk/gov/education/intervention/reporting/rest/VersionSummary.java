package uk.gov.education.intervention.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "VersionSummary", description = "Who pushed a version, and when.")
public record VersionSummary(
        @Schema(example = "2") int number,
        OffsetDateTime submittedAt,
        @Schema(example = "dev-council-reporter@example.invalid") String submittedBy,
        @Schema(example = "council-reporter") String submittedAs,
        @Schema(description = "For a partner authority, its council.", example = "E08000007", nullable = true) String onBehalfOf,
        @Schema(nullable = true) String note) {
}
