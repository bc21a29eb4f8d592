package uk.gov.education.intervention.reporting.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.education.intervention.platform.downstream.Downstream;
import uk.gov.education.intervention.platform.rest.Cursor;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.time.LocalDate;

import java.util.List;

/**
 * Calls to directions-service through the platform's {@link Downstream}: the timeout, retries and
 * circuit breaker are those of {@code suite.downstream.directions-service.*}. The feed's duties are
 * read as wire records and handed on as this service's own {@link Duty}.
 */
@ApplicationScoped
public class DirectionsGateway {

    /** directions-service's largest page of duties. */
    public static final int PAGE = 1000;

    /** Statuses whose duties make schedules: issued directions, and revoked ones up to revocation. */
    public static final String STATUSES = "ISSUED,REVOKED";

    static final String DUTIES = "directions-service.duties";
    static final String EVENTS = "directions-service.events";
    static final List<String> BREAKERS = List.of(DUTIES, EVENTS);

    @Inject
    @RestClient
    DirectionsClient client;

    @Inject
    Downstream downstream;

    /**
     * One page of the duties feed; {@link DutiesPage#notModified} when {@code ifNoneMatch} is still current. Any
     * other answer than a page is a fault of the feed.
     */
    public DutiesPage duties(String cursor, String ifNoneMatch) {
        RestResponse<RemotePage<RemoteDuty>> answer = downstream.call(Dependencies.DIRECTIONS, DUTIES,
                () -> client.duties(STATUSES, PAGE, cursor, ifNoneMatch));
        if (answer.getStatus() == 304 && ifNoneMatch != null) {
            return DutiesPage.NOT_MODIFIED;
        }
        RemotePage<RemoteDuty> page = answer.getEntity();
        if (answer.getStatus() != 200 || page == null) {
            throw new IllegalStateException("unexpected HTTP " + answer.getStatus() + " from the duties feed");
        }
        return new DutiesPage(false, page.itemsOrEmpty().stream().map(RemoteDuty::toDuty).toList(), page.next(),
                answer.getHeaderString("ETag"));
    }

    /**
     * In one call (two when {@code limit} is over the other service's largest page), at most {@code limit} of a council's
     * directions issued and revoked (kinds comma-separated) between the
     * days, after the position {@code after} (its day, kind and id; null for the first).
     */
    public List<TimelineEntry> events(String councilGss, LocalDate from, LocalDate to, String kinds, int limit, List<String> after) {
        return RemotePage.upTo(limit, after == null ? null : Cursor.encode(after), (size, cursor) -> downstream.call(Dependencies.DIRECTIONS, EVENTS,
                        () -> client.events(councilGss, from.toString(), to.toString(), kinds, size, cursor)))
                .stream().map(e -> e.toEntry(Dependencies.DIRECTIONS.name())).toList();
    }
}
