package uk.gov.education.intervention.directions.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.Party;
import uk.gov.education.intervention.directions.domain.TriggerEvent;

/** The fact whose recording makes an ON_EVENT duty due. */
@Schema(name = "Trigger", description = "The fact whose recording makes an ON_EVENT duty due. APPOINTMENT: councils-service records "
        + "an appointment to `role` for the council (a first appointment, not an extension or renewal of one).",
        example = "{\"event\":\"APPOINTMENT\",\"role\":\"LEADERSHIP_IMPROVEMENT_PARTNER\"}")
public record TriggerJson(
        @Schema(example = "APPOINTMENT") @NotNull TriggerEvent event,
        @Schema(description = "The role appointed to, as councils-service codes it.", example = "LEADERSHIP_IMPROVEMENT_PARTNER")
        @NotNull Party role) {
}
