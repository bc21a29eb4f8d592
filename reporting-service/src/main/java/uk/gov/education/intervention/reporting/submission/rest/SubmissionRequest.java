package uk.gov.education.intervention.reporting.submission.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;

import java.util.List;
import uk.gov.education.intervention.reporting.rest.Gss;

@Schema(name = "SubmissionRequest", description = "A report for a due item (give `dueItemId`), or an ad-hoc report (give "
        + "`councilGssCode` and `title`, and `dutyId` when it answers a duty without a fixed schedule). Pushing to a due item "
        + "that already has a report adds a new version of it.")
public record SubmissionRequest(
        @Pattern(regexp = DueItemId.PATTERN, message = DueItemId.MESSAGE)
        @Schema(example = "E06000021-2019-10-31.monthly-progress-report.2019-11-30", nullable = true) String dueItemId,
        @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE)
        @Schema(description = "Required for an ad-hoc report; for a due item it must match the item's council if given.",
                example = "E06000021", nullable = true) String councilGssCode,
        @Size(max = 200)
        @Schema(description = "Ad hoc only: the duty the report answers.", example = "E06000035-2020-01-07/lip-regular-reports",
                nullable = true) String dutyId,
        @Size(max = 300)
        @Schema(description = "Ad hoc only (required there): the report's title.", example = "Leadership Improvement Partner report, March 2020",
                nullable = true) String title,
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull SectionRequest> sections,
        @Schema(description = "Structured fields: a flat JSON object of up to 50 strings, numbers or booleans, merged key by key "
                + "into the report.", example = "{\"caseloadPerWorker\": 18.5, \"agencyStaffPercent\": 22, \"ragRating\": \"AMBER\"}",
                nullable = true) ObjectNode fields,
        @Size(max = 2000) @Schema(description = "A note about this version.", example = "First draft for the board.", nullable = true)
        String note) {
}
