package uk.gov.education.intervention.councils.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.InstrumentType;

import java.time.LocalDate;

@Schema(name = "Instrument", description = "What made the appointment, e.g. a direction (referred to by its directions-service reference).")
public record InstrumentView(
        @NotNull @Schema(example = "DIRECTION", required = true) InstrumentType type,
        @Size(max = 300) @Schema(example = "E06000021-2019-10-31", nullable = true) String reference,
        @Schema(example = "2019-10-31", nullable = true) LocalDate date) {
}
