package uk.gov.education.intervention.reporting.submission.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
        @Size(max = 20) List<@Valid @NotNull AttachmentRequest> attachments,
        @Schema(description = "Updates to the council's improvement plan that this section reports, landing in the plan when the "
                + "report is accepted (each naming the report and version it came from); nothing happens when it is returned. "
                + "An object with either or both lists, of at most 50 items each: `actions`: [{`actionId`, `status` (NOT_STARTED, "
                + "ON_TRACK, AT_RISK, OFF_TRACK, DONE), `evidence` (required, up to 4000 characters)}], each action once; "
                + "`measures`: [{`measureId`, `period` (a month, 2023-05, or days, 2023-04-01/2023-06-30, up to 366 days), "
                + "`value` (up to 14 digits before the point and 4 after)}], each measure and period once. Checked when pushed "
                + "against the plan as it stands (ids of its actions and measures, status rules): a 422 refuses the push and "
                + "nothing is stored. Up to 100,000 characters as JSON.",
                example = "{\"actions\":[{\"actionId\":\"5f0c7a52-3c1e-4d0b-9a55-1f2e3d4c5b6a\",\"status\":\"ON_TRACK\","
                        + "\"evidence\":\"Audit of 40 cases: 31 met the standard.\"}],\"measures\":[{\"measureId\":"
                        + "\"0b9d7c43-2a1f-4e5d-8c6b-7a8f9e0d1c2b\",\"period\":\"2023-05\",\"value\":77.5}]}",
                nullable = true) JsonNode planUpdates) {

    public List<AttachmentRequest> attachmentsOrEmpty() {
        return attachments == null ? List.of() : attachments;
    }
}
