package uk.gov.education.intervention.reporting.improvement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "PlanMeasureValueRequest", description = "A measure's value for a period; a later value for the same period supersedes it.")
public record ValueRequest(
        @NotBlank @Size(max = 21)
        @Schema(required = true, description = "A month (2023-05) or a range of days (2023-04-01/2023-06-30), at most 366 days.",
                example = "2023-05") String period,
        @NotNull @Schema(required = true, description = "Up to 14 digits before the point and 4 after.", example = "62.5") BigDecimal value) {
}
