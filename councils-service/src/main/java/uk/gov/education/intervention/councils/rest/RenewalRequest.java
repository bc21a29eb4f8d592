package uk.gov.education.intervention.councils.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.AppointmentBasis;
import uk.gov.education.intervention.councils.domain.DateBasis;

import java.time.LocalDate;

@Schema(name = "RenewalRequest", description = "An extension or re-appointment: the current appointment ends the day before the new one starts "
        + "(that end then INFERRED).")
public record RenewalRequest(
        @NotNull @Schema(example = "RE_APPOINTMENT", required = true, enumeration = {"EXTENSION", "RE_APPOINTMENT"}) AppointmentBasis basis,
        @NotNull @Schema(example = "2019-10-31", required = true) LocalDate startsOn,
        @Schema(description = "STATED (the default) or INFERRED.") DateBasis startsOnBasis,
        LocalDate endsOn,
        @Schema(description = "STATED (the default with endsOn) or INFERRED; absent without endsOn.") DateBasis endsOnBasis,
        @NotNull @Valid @Schema(required = true) InstrumentView instrument,
        @Size(max = 2000) String notes,
        @Size(max = 1000) @Schema(description = "Where the renewal and its dates come from: document and clause. Required when a date is INFERRED.")
        String source) {
}
