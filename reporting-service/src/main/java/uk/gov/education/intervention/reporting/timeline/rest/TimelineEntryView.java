package uk.gov.education.intervention.reporting.timeline.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.time.LocalDate;

@Schema(name = "TimelineEntry", description = "One thing that happened to a council's intervention, with a link to its record in the "
        + "service that owns it.")
public record TimelineEntryView(
        @Schema(description = "The day it happened (for submissions and reviews, in the UK calendar).", example = "2019-10-31") LocalDate on,
        @Schema(description = "What happened: APPOINTMENT_ENDED, APPOINTMENT_EXTENDED, APPOINTMENT_MADE, DIRECTION_ISSUED, "
                + "DIRECTION_REVOKED, INSPECTION_PUBLISHED, ITEM_FALLING_DUE, PARTNERSHIP_AGREED, REVIEW_OUTCOME_RECORDED, "
                + "SUBMISSION_ACCEPTED, SUBMISSION_RECEIVED, SUBMISSION_RETURNED.", example = "DIRECTION_ISSUED") String kind,
        @Schema(description = "The record's id, unique within its kind.", example = "E06000021-2019-10-31") String id,
        @Schema(example = "Direction issued: STATUTORY DIRECTION TO STOKE-ON-TRENT CITY COUNCIL ...") String summary,
        @Schema(description = "The service that owns the record.", example = "directions-service") String service,
        @Schema(description = "The record's path in that service.", example = "/v1/directions/E06000021-2019-10-31") String href) {

    static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.on(), e.kind(), e.id(), e.summary(), e.service(), e.href());
    }
}
