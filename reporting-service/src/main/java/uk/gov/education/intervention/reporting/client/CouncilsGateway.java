package uk.gov.education.intervention.reporting.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.education.intervention.platform.downstream.Downstream;
import uk.gov.education.intervention.platform.downstream.DownstreamRejectedException;
import uk.gov.education.intervention.platform.rest.Cursor;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
    static final String ROLES = "councils-service.roles";
    static final String ORGANISATION = "councils-service.organisation";
    static final String PERSON = "councils-service.person";
    static final List<String> BREAKERS = List.of(COUNCILS, ROLE_HOLDINGS, APPOINTMENTS, APPOINTMENTS_ON, EVENTS, ROLES, ORGANISATION, PERSON);

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

    /** Every role councils-service records. */
    public List<RemoteRole> roles() {
        return downstream.call(Dependencies.COUNCILS, ROLES, () -> client.roles()).itemsOrEmpty();
    }

    /** The organisation with this id; empty when councils-service answers that it holds none (404). */
    public Optional<RemoteOrganisation> organisation(UUID id) {
        return absentOn404(() -> downstream.call(Dependencies.COUNCILS, ORGANISATION, () -> client.organisation(id.toString())));
    }

    /** The person with this id; empty when councils-service answers that it holds none (404). */
    public Optional<RemotePerson> person(UUID id) {
        return absentOn404(() -> downstream.call(Dependencies.COUNCILS, PERSON, () -> client.person(id.toString())));
    }

    /** A 404 is councils-service's answer that there is no such record; any other refusal stays one. */
    private static <T> Optional<T> absentOn404(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (DownstreamRejectedException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** One page of the appointments to a role, of a council or (null) every council ({@code cursor} null for the first). */
    public RemotePage<RemoteAppointment> appointments(String councilGss, String roleCode, String cursor) {
        return downstream.call(Dependencies.COUNCILS, APPOINTMENTS, () -> client.appointments(councilGss, roleCode, BATCH, cursor));
    }

    /** The appointments to a role for a council in force on a day. */
    public List<RemoteAppointment> appointmentsOn(String councilGss, String roleCode, LocalDate on) {
        return downstream.call(Dependencies.COUNCILS, APPOINTMENTS_ON, () -> client.appointmentsOn(councilGss, roleCode, on.toString(), BATCH)).itemsOrEmpty();
    }

    /**
     * In one call (two when {@code limit} is over the other service's largest page), at most {@code limit} of a council's
     * events of these kinds (comma-separated) between the days, after the
     * position {@code after} (its day, kind and id; null for the first), as timeline entries.
     */
    public List<TimelineEntry> events(String councilGss, LocalDate from, LocalDate to, String kinds, int limit, List<String> after) {
        return RemotePage.upTo(limit, after == null ? null : Cursor.encode(after), (size, cursor) -> downstream.call(Dependencies.COUNCILS, EVENTS,
                        () -> client.events(councilGss, from.toString(), to.toString(), kinds, size, cursor)))
                .stream().map(e -> e.toEntry(Dependencies.COUNCILS.name())).toList();
    }
}
