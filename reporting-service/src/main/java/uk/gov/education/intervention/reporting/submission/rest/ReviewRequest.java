package uk.gov.education.intervention.reporting.submission.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.submission.domain.ReviewDecision;

import java.util.List;
import uk.gov.education.intervention.reporting.rest.Gss;

@Schema(name = "ReviewRequest", description = "A reviewer's decision on the submission's current version. Returning it needs "
        + "comments: on the report as a whole (`comments`, for the council), or addressed to sections (`sectionComments`, each "
        + "read by that section's writers too). The report stays RETURNED until every section addressed has been revised and, for "
        + "`comments`, the council's staff (or dfe-admin) have pushed a version.")
public record ReviewRequest(
        @NotNull @Schema(example = "RETURN", required = true) ReviewDecision decision,
        @Size(max = 4000) @Schema(description = "On the report as a whole: read by the council's staff, its Commissioner and the "
                + "Department, not by partner authorities.", example = "Please add the council's data on caseloads.", nullable = true)
        String comments,
        @Size(max = 20) @Schema(description = "Comments addressed to sections of the version reviewed.", nullable = true)
        List<@Valid @NotNull SectionComment> sectionComments) {

    public List<SectionComment> sectionCommentsOrEmpty() {
        return sectionComments == null ? List.of() : sectionComments;
    }

    @Schema(name = "SectionCommentRequest", description = "A comment addressed to one section.")
    public record SectionComment(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,59}", message = "must be a role code such as PARTNER_IN_PRACTICE, or COUNCIL")
            @Schema(example = "PARTNER_IN_PRACTICE", required = true) String contributor,
            @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE)
            @Schema(description = "For a partner authority's section: the partner's council.", example = "E08000007", nullable = true)
            String organisationGssCode,
            @NotBlank @Size(max = 4000) @Schema(example = "Please add what the audits found.", required = true) String comments) {
    }
}
