package uk.gov.education.intervention.reporting.submission.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Submission", description = "A report for a due item, or an ad-hoc report, as of its current version. The "
        + "Department, the council's own staff and its Commissioner see all of it; anyone else (a partner authority, say) sees only "
        + "the sections it writes today, the versions that wrote them, every decision and the comments addressed to its sections.")
public record SubmissionView(
        UUID id,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(description = "The due item it answers; absent for an ad-hoc report.",
                example = "E06000021-2019-10-31.monthly-progress-report.2019-11-30", nullable = true) String dueItemId,
        @Schema(example = "E06000021-2019-10-31/monthly-progress-report", nullable = true) String dutyId,
        @Schema(example = "E06000021-2019-10-31", nullable = true) String directionReference,
        @Schema(example = "2019-11-30", nullable = true) LocalDate dueOn,
        @Schema(example = "PROGRESS_REPORT", nullable = true) String kind,
        @Schema(example = "Combined monthly progress report") String title,
        @Schema(example = "SUBMITTED") SubmissionStatus status,
        @Schema(description = "For a due item: whether the first version arrived by the due date plus the grace period.",
                nullable = true, example = "true") Boolean onTime,
        @Schema(example = "2") int currentVersion,
        OffsetDateTime firstSubmittedAt,
        OffsetDateTime lastSubmittedAt,
        @Schema(description = "Structured fields (absent in a partner authority's view).", nullable = true) JsonNode fields,
        @Schema(description = "Sections of the current version.") List<SectionView> sections,
        List<VersionSummary> versions,
        List<ReviewView> reviews) {
}
