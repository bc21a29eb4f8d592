package uk.gov.education.intervention.reporting.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;

import java.util.List;

/**
 * Calls to directions-service, each with a timeout, quick retries of failed connections and 5xx answers
 * (not of 4xx answers, nor of timeouts) and a circuit
 * breaker; limits are overridable in application.properties. Each attempt's outcome is recorded in
 * {@link DownstreamStatus}, and the circuit breaker is named, for readiness ({@link DownstreamReadiness}).
 */
@ApplicationScoped
@Timeout(3000)
@Retry(maxRetries = 2, delay = 100, jitter = 50,
        abortOn = {DownstreamRejectedException.class, TimeoutException.class, ServiceTokenUnavailableException.class})
// a refusal (4xx) is an answer, not an outage: it must not open the circuit for everyone else
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15000, successThreshold = 1,
        skipOn = {DownstreamRejectedException.class, ServiceTokenUnavailableException.class})
public class DirectionsGateway {

    /** directions-service's largest page of duties. */
    public static final int PAGE = 1000;

    /** Statuses whose duties make schedules: issued directions, and revoked ones up to revocation. */
    public static final String STATUSES = "ISSUED,REVOKED";

    static final String DUTIES = "directions-service.duties";
    static final List<String> BREAKERS = List.of(DUTIES);

    @Inject
    @RestClient
    DirectionsClient client;

    @Inject
    DownstreamStatus status;

    /** One page of the duties feed; 304 (no body) when {@code ifNoneMatch} is still current. */
    @CircuitBreakerName(DUTIES)
    public RestResponse<RemotePage<Duty>> duties(String cursor, String ifNoneMatch) {
        return status.observe(Dependency.DIRECTIONS, () -> client.duties(STATUSES, PAGE, cursor, ifNoneMatch));
    }
}
