package uk.gov.education.intervention.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.domain.ReviewDecision;

import java.time.OffsetDateTime;

@Schema(name = "Review", description = "A decision on one version.")
public record ReviewView(
        @Schema(example = "1") int versionNumber,
        @Schema(example = "RETURN") ReviewDecision decision,
        @Schema(nullable = true) String comments,
        @Schema(example = "dev-dfe-admin@example.invalid") String reviewer,
        OffsetDateTime reviewedAt) {
}
