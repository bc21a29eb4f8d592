package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.AppointmentBasis;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Appointment", description = "A person or organisation holding a role for a council over a period.")
public record AppointmentView(
        UUID id,
        RoleRef role,
        @Schema(example = "E06000021", nullable = true) String councilGssCode,
        HolderView holder,
        @Schema(example = "2019-10-31") LocalDate startsOn,
        @Schema(description = "Last day of the appointment; absent while open-ended.", nullable = true) LocalDate endsOn,
        @Schema(example = "RE_APPOINTMENT") AppointmentBasis basis,
        InstrumentView instrument,
        @Schema(description = "The appointment this one extends or renews.", nullable = true) UUID previousAppointmentId,
        @Schema(description = "The extension or re-appointment that followed this one.", nullable = true) UUID followedById,
        @Schema(nullable = true) String endReason,
        @Schema(nullable = true) String notes) {

    @Schema(name = "RoleRef")
    public record RoleRef(@Schema(example = "CHILDRENS_SERVICES_COMMISSIONER") String code,
                          @Schema(example = "Children's Services Commissioner") String name) {
    }

    @Schema(name = "Holder", description = "Who holds the role.")
    public record HolderView(@Schema(example = "PERSON") String kind, UUID id,
                             @Schema(example = "Eleanor Brazil OBE") String name) {
    }
}
