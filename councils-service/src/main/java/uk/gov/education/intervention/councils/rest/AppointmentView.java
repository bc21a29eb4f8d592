package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.AppointmentBasis;
import uk.gov.education.intervention.councils.domain.DateBasis;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Appointment", description = "A person or organisation holding a role for a council over a period.")
public record AppointmentView(
        UUID id,
        RoleRef role,
        @Schema(example = "E06000021", nullable = true) String councilGssCode,
        HolderView holder,
        @Schema(description = "First day of the appointment; absent when the source does not state it (startsOnBasis UNKNOWN).",
                example = "2019-10-31", nullable = true) LocalDate startsOn,
        @Schema(description = "Whether the source states startsOn, it is inferred, or the start is unknown.", example = "INFERRED")
        DateBasis startsOnBasis,
        @Schema(description = "With an unknown start: the date from which the source shows the appointment in place, and from which it counts.",
                example = "2019-10-31", nullable = true) LocalDate knownFrom,
        @Schema(description = "Last day of the appointment; absent while open-ended.", nullable = true) LocalDate endsOn,
        @Schema(description = "Whether the source states endsOn or it is inferred; absent without endsOn.", nullable = true) DateBasis endsOnBasis,
        @Schema(example = "RE_APPOINTMENT") AppointmentBasis basis,
        InstrumentView instrument,
        @Schema(description = "The appointment this one extends or renews.", nullable = true) UUID previousAppointmentId,
        @Schema(description = "The extension or re-appointment that followed this one.", nullable = true) UUID followedById,
        @Schema(nullable = true) String endReason,
        @Schema(nullable = true) String notes,
        @Schema(description = "Where the appointment and its dates come from: document and clause.",
                example = "Direction to Stoke-on-Trent City Council, 31 October 2019, recital 5 and Annex (terms of reference)", nullable = true)
        String source) {

    @Schema(name = "RoleRef")
    public record RoleRef(@Schema(example = "CHILDRENS_SERVICES_COMMISSIONER") String code,
                          @Schema(example = "Children's Services Commissioner") String name) {
    }

    @Schema(name = "Holder", description = "Who holds the role.")
    public record HolderView(@Schema(example = "PERSON") String kind, UUID id,
                             @Schema(example = "Eleanor Brazil OBE") String name) {
    }
}
