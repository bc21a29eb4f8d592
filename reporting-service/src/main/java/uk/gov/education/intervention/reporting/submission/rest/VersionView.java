package uk.gov.education.intervention.reporting.submission.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Version", description = "A submission as it stood in one version.")
public record VersionView(
        VersionSummary version,
        @Schema(description = "Structured fields (absent in a partner authority's view).", nullable = true) JsonNode fields,
        List<SectionView> sections) {
}
