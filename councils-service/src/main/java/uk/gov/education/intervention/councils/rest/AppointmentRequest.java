package uk.gov.education.intervention.councils.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.education.intervention.councils.domain.DateBasis;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AppointmentRequest", description = "A new appointment. Give exactly one of personId and organisationId, as the role requires. "
        + "A start the source does not state is left out (startsOnBasis UNKNOWN): then give knownFrom, the date from which the source "
        + "shows the appointment in place, and the source; the appointment counts from that date.")
public record AppointmentRequest(
        @NotBlank @Size(max = 60) @Schema(example = "PARTNER_IN_PRACTICE", required = true) String roleCode,
        @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE)
        @Schema(description = "Required for roles held for a council.", example = "E06000021") String councilGssCode,
        @Schema(example = "c0000000-0000-4000-8000-000000000001") UUID personId,
        @Schema(example = "b0000000-0000-4000-8000-000000000007") UUID organisationId,
        @Schema(description = "First day of the appointment; absent when the source does not state it.", example = "2019-10-31") LocalDate startsOn,
        @Schema(description = "STATED (the default with startsOn), INFERRED, or UNKNOWN (the default without it).") DateBasis startsOnBasis,
        @Schema(description = "Only without startsOn, and then required: the date from which the source shows the appointment in place.",
                example = "2019-10-31") LocalDate knownFrom,
        @Schema(example = "2020-10-30") LocalDate endsOn,
        @Schema(description = "STATED (the default with endsOn) or INFERRED; absent without endsOn.") DateBasis endsOnBasis,
        @NotNull @Valid @Schema(required = true) InstrumentView instrument,
        @Size(max = 2000) String notes,
        @Size(max = 1000) @Schema(description = "Where the appointment and its dates come from: document and clause. Required when a date "
                + "is INFERRED or the start UNKNOWN.", example = "Direction to Stoke-on-Trent City Council, 31 October 2019, 7.b") String source) {
}
