package uk.gov.education.intervention.reporting.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancellationRequest", description = "Why a recorded meeting is cancelled.")
public record CancellationRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "Recorded in error: the meeting was on 29 November.", required = true)
        String reason) {
}
