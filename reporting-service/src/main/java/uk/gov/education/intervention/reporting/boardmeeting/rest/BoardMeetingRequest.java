package uk.gov.education.intervention.reporting.boardmeeting.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.rest.Gss;

import java.time.LocalDate;

@Schema(name = "BoardMeetingRequest", description = "An Improvement Board meeting to record.")
public record BoardMeetingRequest(
        @NotNull @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) @Schema(example = "E06000021", required = true)
        String councilGssCode,
        @NotNull @Schema(description = "The day of the meeting.", example = "2019-11-28", required = true) LocalDate meetsOn,
        @Size(max = 2000) @Schema(example = "Stoke-on-Trent Children's Services Improvement Board, chaired by the Commissioner.",
                nullable = true) String notes) {
}
