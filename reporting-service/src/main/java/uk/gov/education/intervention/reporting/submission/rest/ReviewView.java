package uk.gov.education.intervention.reporting.submission.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.submission.domain.ReviewDecision;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Review", description = "A decision on one version. A reader who sees only some sections (a partner authority) "
        + "sees every decision, and only the comments addressed to those sections: no general comments, no reviewer.")
public record ReviewView(
        @Schema(example = "1") int versionNumber,
        @Schema(example = "RETURN") ReviewDecision decision,
        @Schema(description = "On the report as a whole.", nullable = true) String comments,
        @Schema(description = "Comments addressed to sections (those the reader may read).") List<SectionCommentView> sectionComments,
        @Schema(description = "Who reviewed it; absent for a reader who sees only some sections.", example = "dev-dfe-admin@example.invalid",
                nullable = true) String reviewer,
        OffsetDateTime reviewedAt) {

    @Schema(name = "SectionComment", description = "A comment addressed to one section.")
    public record SectionCommentView(@Schema(example = "PARTNER_IN_PRACTICE") String contributor,
                                     @Schema(example = "E08000007", nullable = true) String organisationGssCode,
                                     @Schema(example = "Please add what the audits found.") String comments) {
    }
}
