package uk.gov.education.intervention.councils.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AppointmentRequest", description = "A new appointment. Give exactly one of personId and organisationId, as the role requires.")
public record AppointmentRequest(
        @NotBlank @Size(max = 60) @Schema(example = "PARTNER_IN_PRACTICE", required = true) String roleCode,
        @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE)
        @Schema(description = "Required for roles held for a council.", example = "E06000021") String councilGssCode,
        @Schema(example = "c0000000-0000-4000-8000-000000000001") UUID personId,
        @Schema(example = "b0000000-0000-4000-8000-000000000007") UUID organisationId,
        @NotNull @Schema(example = "2019-10-31", required = true) LocalDate startsOn,
        @Schema(example = "2020-10-30") LocalDate endsOn,
        @NotNull @Valid @Schema(required = true) InstrumentView instrument,
        @Size(max = 2000) String notes) {
}
