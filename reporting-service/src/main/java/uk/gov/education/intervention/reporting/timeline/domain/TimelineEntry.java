package uk.gov.education.intervention.reporting.timeline.domain;

import java.time.LocalDate;

/**
 * One thing that happened to a council's intervention: on a day, of a kind, about one record ({@code id}, unique
 * within its kind), in a sentence, with the service that owns the record and its path there.
 */
public record TimelineEntry(LocalDate on, String kind, String id, String summary, String service, String href) {

    public Position position() {
        return new Position(on, kind, id);
    }
}
