package uk.gov.education.intervention.directions.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * Looks councils up in councils-service with a timeout, a few retries and a circuit breaker, so
 * that a slow or failing councils-service costs a request at most a few seconds and, once it is
 * known to be down, nothing. "No such council" is an answer, not a failure: it is neither retried
 * nor counted against the circuit.
 */
@ApplicationScoped
public class CouncilDirectory {

    public static final String CIRCUIT = "councils-service";

    @Inject
    @RestClient
    CouncilsClient client;

    /**
     * The council with this GSS code.
     *
     * @throws UnknownCouncilException when councils-service holds no such council
     * @throws RuntimeException        of another kind when councils-service could not answer
     */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UnknownCouncilException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = UnknownCouncilException.class)
    @CircuitBreakerName(CIRCUIT)
    public CouncilRecord find(String gssCode) {
        return client.get(gssCode);
    }
}
