package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.time.LocalDate;

/** An event of a council as councils-service and directions-service list them (their {@code /events} lists). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteEvent(LocalDate on, String kind, String id, String summary, String href) {

    /** In this service's terms: a timeline entry owned by {@code service}. */
    public TimelineEntry toEntry(String service) {
        return new TimelineEntry(on, kind, id, summary, service, href);
    }
}
