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
import java.util.Optional;

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
    static final String ORGANISATIONS = "councils-service.organisations";
    static final String APPOINTMENTS = "councils-service.appointments";
    static final List<String> BREAKERS = List.of(COUNCILS, ORGANISATIONS, APPOINTMENTS);

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

    /** The organisation that is the local authority of a council, if councils-service records one. */
    @CircuitBreakerName(ORGANISATIONS)
    public Optional<RemoteOrganisation> organisationOfCouncil(String gssCode) {
        return status.observe(Dependency.COUNCILS, () -> client.organisations(gssCode, 1)).itemsOrEmpty().stream().findFirst();
    }

    /** The organisation's appointments for a council that are active on a date. */
    @CircuitBreakerName(APPOINTMENTS)
    public List<RemoteAppointment> activeAppointments(String organisationId, String councilGss, LocalDate on) {
        return status.observe(Dependency.COUNCILS,
                () -> client.appointments(organisationId, councilGss, on.toString(), BATCH)).itemsOrEmpty();
    }
}
