package uk.gov.education.intervention.directions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.DirectionEvent;

import java.time.LocalDate;

@Schema(name = "DirectionEvent", description = "A direction to a council issued or revoked.")
public record DirectionEventView(
        @Schema(description = "The day: the direction's date when issued, the first day it is no longer in force when revoked.",
                example = "2019-10-31") LocalDate on,
        @Schema(example = "DIRECTION_ISSUED") DirectionEvent.Kind kind,
        @Schema(description = "The direction's reference.", example = "E06000021-2019-10-31") String id,
        @Schema(example = "Direction issued: STATUTORY DIRECTION TO STOKE-ON-TRENT CITY COUNCIL ...") String summary,
        @Schema(description = "This service's path of the direction.", example = "/v1/directions/E06000021-2019-10-31") String href) {

    static DirectionEventView of(DirectionEvent e) {
        return new DirectionEventView(e.on(), e.kind(), e.reference(), e.summary(), "/v1/directions/" + e.reference());
    }
}
