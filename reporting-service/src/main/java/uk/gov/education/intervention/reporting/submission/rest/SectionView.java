package uk.gov.education.intervention.reporting.submission.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Section", description = "One contributor's section, as it stands in a version.")
public record SectionView(
        @Schema(example = "PARTNER_IN_PRACTICE") String contributor,
        @Schema(description = "The partner authority's council, for a partner's section.", example = "E08000007", nullable = true)
        String organisationGssCode,
        String narrative,
        @Schema(description = "The version in which this text was written (earlier ones are carried forward).", example = "1")
        int authoredInVersion,
        @Schema(description = "Who wrote it; absent for a reader who sees only some sections, unless its own organisation's staff did.",
                example = "dev-council-reporter.E08000007@example.invalid", nullable = true) String authoredBy,
        List<AttachmentView> attachments,
        @Schema(description = "The plan updates the section carries (see SectionRequest.planUpdates); absent when none.",
                nullable = true) JsonNode planUpdates) {
}
