package uk.gov.education.intervention.reporting.submission.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import uk.gov.education.intervention.reporting.rest.Gss;

@Schema(name = "SectionRequest", description = "One contributor's section. It replaces that contributor's section of the report "
        + "(for a partner authority: its own organisation's section); other sections are carried forward unchanged.")
public record SectionRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,59}", message = "must be a role code such as PARTNER_IN_PRACTICE, or COUNCIL")
        @Schema(description = "Who the section is from: a councils-service role code, or COUNCIL for the council itself.",
                example = "PARTNER_IN_PRACTICE", required = true) String contributor,
        @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE)
        @Schema(description = "For a partner authority's section (PARTNER_IN_PRACTICE, IMPROVEMENT_ADVISOR, "
                + "LEADERSHIP_IMPROVEMENT_PARTNER): the partner's council. A partner authority's own users may leave it out.",
                example = "E08000007", nullable = true) String organisationGssCode,
        @NotBlank @Size(max = 100000)
        @Schema(description = "The narrative.", example = "Stockport's practice leads have completed audits of 40 cases...", required = true)
        String narrative,
        @Size(max = 20) List<@Valid @NotNull AttachmentRequest> attachments) {

    public List<AttachmentRequest> attachmentsOrEmpty() {
        return attachments == null ? List.of() : attachments;
    }
}
