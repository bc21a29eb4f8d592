package uk.gov.education.intervention.reporting.improvement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.improvement.domain.Direction;
import uk.gov.education.intervention.reporting.improvement.domain.MeasureDraft;

import java.math.BigDecimal;

@Schema(name = "PlanMeasureRequest", description = "A measure of the monitoring and audit framework, as added or revised.")
public record MeasureRequest(
        @NotBlank @Size(max = MeasureDraft.MAX_NAME)
        @Schema(required = true, example = "Audited cases meeting the practice standard") String name,
        @NotBlank @Size(max = MeasureDraft.MAX_UNIT) @Schema(required = true, example = "%") String unit,
        @NotNull @Schema(required = true, description = "Up to 14 digits before the point and 4 after.", example = "80") BigDecimal target,
        @NotNull @Schema(required = true, example = "HIGHER_IS_BETTER") Direction direction) {

    MeasureDraft draft() {
        return new MeasureDraft(name, unit, target, direction);
    }
}
