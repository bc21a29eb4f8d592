package uk.gov.education.intervention.reporting.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.util.List;

/**
 * Calls to councils-service, each with a timeout, quick retries of failed connections and 5xx answers
 * (not of 4xx answers, nor of timeouts, which have already spent the time a caller waits) and a circuit
 * breaker. The limits are set in application.properties
 * ({@code uk.gov.education.intervention.reporting.client.CouncilsGateway/Timeout/value} and so on).
 * Each attempt's outcome is recorded in {@link DownstreamStatus}, and each method's circuit breaker
 * is named, for readiness ({@link DownstreamReadiness}).
 */
@ApplicationScoped
@Timeout(2000)
@Retry(maxRetries = 2, delay = 100, jitter = 50,
        abortOn = {DownstreamRejectedException.class, TimeoutException.class, ServiceTokenUnavailableException.class})
// a refusal (4xx) is an answer, not an outage: it must not open the circuit for everyone else
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15000, successThreshold = 1,
        skipOn = {DownstreamRejectedException.class, ServiceTokenUnavailableException.class})
public class CouncilsGateway {

    /** councils-service's largest page, and so the largest batch of GSS codes in one call. */
    public static final int BATCH = 200;

    static final String COUNCILS = "councils-service.councils";
    static final String ROLE_HOLDINGS = "councils-service.role-holdings";
    static final String APPOINTMENTS = "councils-service.appointments";
    static final String APPOINTMENTS_ON = "councils-service.appointments-on";
    static final List<String> BREAKERS = List.of(COUNCILS, ROLE_HOLDINGS, APPOINTMENTS, APPOINTMENTS_ON);

    @Inject
    @RestClient
    CouncilsClient client;

    @Inject
    DownstreamStatus status;

    /** Up to {@link #BATCH} councils in one call. */
    @CircuitBreakerName(COUNCILS)
    public List<RemoteCouncil> councils(List<String> gssCodes) {
        if (gssCodes.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " councils per call");
        }
        return status.observe(Dependency.COUNCILS, () -> client.councils(gssCodes, BATCH)).itemsOrEmpty();
    }

    /**
     * In one call, the roles held on a date by the person a token identity is linked to and by an
     * organisation (a council's local authority): for one council, or for every council when
     * {@code councilGss} is null.
     */
    @CircuitBreakerName(ROLE_HOLDINGS)
    public RemoteRoleHoldings roleHoldings(String issuer, String subject, String organisationGss, String councilGss, LocalDate on) {
        return status.observe(Dependency.COUNCILS, () -> client.roleHoldings(issuer, subject, organisationGss, councilGss, on.toString()));
    }

    /** One page of the appointments to a role, for every council ({@code cursor} null for the first). */
    @CircuitBreakerName(APPOINTMENTS)
    public RemotePage<RemoteAppointment> appointments(String roleCode, String cursor) {
        return status.observe(Dependency.COUNCILS, () -> client.appointments(roleCode, BATCH, cursor));
    }

    /** The appointments to a role for a council in force on a day. */
    @CircuitBreakerName(APPOINTMENTS_ON)
    public List<RemoteAppointment> appointmentsOn(String councilGss, String roleCode, LocalDate on) {
        return status.observe(Dependency.COUNCILS, () -> client.appointmentsOn(councilGss, roleCode, on.toString(), BATCH)).itemsOrEmpty();
    }
}
