package uk.gov.education.intervention.directions.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "RevocationRequest", description = "Revokes an issued direction that no later direction revokes.")
public record RevocationRequest(
        @Schema(description = "The first day on which the direction is no longer in force.", example = "2021-03-31")
        @NotNull LocalDate revokedOn,
        @Schema(description = "Why, and by what instrument.", example = "Revoked by the Secretary of State: sufficient progress, intervention ended.")
        @NotBlank @Size(max = 2000) String reason) {
}
