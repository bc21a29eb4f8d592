package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.CouncilEvent;
import uk.gov.education.intervention.councils.domain.CouncilEventKind;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "CouncilEvent", description = "One thing that happened to a council, with the record it is about.")
public record CouncilEventView(
        @Schema(description = "The day it happened.", example = "2019-03-18") LocalDate on,
        @Schema(example = "INSPECTION_PUBLISHED") CouncilEventKind kind,
        @Schema(description = "The id of the record it is about (an inspection, appointment or partnership).") UUID id,
        @Schema(example = "Ofsted inspection (ILACS_2018) published: overall effectiveness INADEQUATE") String summary,
        @Schema(description = "This service's path of the record.", example = "/v1/inspections/a0000000-0000-4000-8000-000000000001")
        String href) {

    static CouncilEventView of(CouncilEvent e) {
        String base = switch (e.kind()) {
            case INSPECTION_PUBLISHED -> "/v1/inspections/";
            case APPOINTMENT_MADE, APPOINTMENT_EXTENDED, APPOINTMENT_ENDED -> "/v1/appointments/";
            case PARTNERSHIP_AGREED -> "/v1/partnerships/";
        };
        return new CouncilEventView(e.on(), e.kind(), e.id(), e.summary(), base + e.id());
    }
}
