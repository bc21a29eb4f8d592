package uk.gov.education.intervention.reporting.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.education.intervention.platform.downstream.Downstream;
import uk.gov.education.intervention.platform.rest.Cursor;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * Calls to councils-service, each through the platform's {@link Downstream} under a circuit breaker
 * of its own: the timeout, retries and breaker settings are those of {@code suite.downstream.councils-service.*}.
 */
@ApplicationScoped
public class CouncilsGateway {

    /** councils-service's largest page, and so the largest batch of GSS codes in one call. */
    public static final int BATCH = 200;

    static final String COUNCILS = "councils-service.councils";
    static final String ROLE_HOLDINGS = "councils-service.role-holdings";
    static final String APPOINTMENTS = "councils-service.appointments";
    static final String APPOINTMENTS_ON = "councils-service.appointments-on";
    static final String EVENTS = "councils-service.events";
    static final List<String> BREAKERS = List.of(COUNCILS, ROLE_HOLDINGS, APPOINTMENTS, APPOINTMENTS_ON, EVENTS);

    @Inject
    @RestClient
    CouncilsClient client;

    @Inject
    Downstream downstream;

    /** Up to {@link #BATCH} councils in one call. */
    public List<RemoteCouncil> councils(List<String> gssCodes) {
        if (gssCodes.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " councils per call");
        }
        return downstream.call(Dependencies.COUNCILS, COUNCILS, () -> client.councils(gssCodes, BATCH)).itemsOrEmpty();
    }

    /**
     * In one call, the roles held on a date by the person a token identity is linked to and by an
     * organisation (a council's local authority): for one council, or for every council when
     * {@code councilGss} is null.
     */
    public RemoteRoleHoldings roleHoldings(String issuer, String subject, String organisationGss, String councilGss, LocalDate on) {
        return downstream.call(Dependencies.COUNCILS, ROLE_HOLDINGS, () -> client.roleHoldings(issuer, subject, organisationGss, councilGss, on.toString()));
    }

    /** One page of the appointments to a role, for every council ({@code cursor} null for the first). */
    public RemotePage<RemoteAppointment> appointments(String roleCode, String cursor) {
        return downstream.call(Dependencies.COUNCILS, APPOINTMENTS, () -> client.appointments(roleCode, BATCH, cursor));
    }

    /** The appointments to a role for a council in force on a day. */
    public List<RemoteAppointment> appointmentsOn(String councilGss, String roleCode, LocalDate on) {
        return downstream.call(Dependencies.COUNCILS, APPOINTMENTS_ON, () -> client.appointmentsOn(councilGss, roleCode, on.toString(), BATCH)).itemsOrEmpty();
    }

    /**
     * In one call, at most {@code limit} of a council's events of these kinds (comma-separated) between the days, after the
     * position {@code after} (its day, kind and id; null for the first), as timeline entries.
     */
    public List<TimelineEntry> events(String councilGss, LocalDate from, LocalDate to, String kinds, int limit, List<String> after) {
        return downstream.call(Dependencies.COUNCILS, EVENTS, () -> client.events(councilGss, from.toString(), to.toString(), kinds,
                limit, after == null ? null : Cursor.encode(after))).itemsOrEmpty().stream().map(e -> e.toEntry(Dependencies.COUNCILS.name())).toList();
    }
}
