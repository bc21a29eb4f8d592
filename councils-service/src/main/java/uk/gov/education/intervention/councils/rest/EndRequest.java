package uk.gov.education.intervention.councils.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.education.intervention.councils.domain.DateBasis;

import java.time.LocalDate;

@Schema(name = "EndRequest", description = "Ends an appointment on a date (its last day).")
public record EndRequest(
        @NotNull @Schema(example = "2020-10-30", required = true) LocalDate endsOn,
        @Schema(description = "STATED (the default) or INFERRED (the reason then says from what).") DateBasis endsOnBasis,
        @NotBlank @Size(max = 1000) @Schema(example = "Appointment ended by the Secretary of State", required = true) String reason) {
}
