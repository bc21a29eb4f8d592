package uk.gov.education.intervention.councils.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.AppointmentBasis;

import java.time.LocalDate;

@Schema(name = "RenewalRequest", description = "An extension or re-appointment: the current appointment ends the day before the new one starts.")
public record RenewalRequest(
        @NotNull @Schema(example = "RE_APPOINTMENT", required = true, enumeration = {"EXTENSION", "RE_APPOINTMENT"}) AppointmentBasis basis,
        @NotNull @Schema(example = "2019-10-31", required = true) LocalDate startsOn,
        LocalDate endsOn,
        @NotNull @Valid @Schema(required = true) InstrumentView instrument,
        @Size(max = 2000) String notes) {
}
