package uk.gov.education.intervention.directions.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.education.intervention.platform.downstream.Dependency;
import uk.gov.education.intervention.platform.downstream.Downstream;

import java.util.List;

/**
 * Looks councils up in councils-service through the platform's {@link Downstream}, with the
 * timeout, retries and circuit breaker of {@code suite.downstream.councils-service.*}, so that a
 * slow or failing councils-service costs a request at most a few seconds and, once it is known to
 * be down, nothing. "No such council" is an answer, not a failure: it is neither retried nor
 * counted against the circuit.
 */
@ApplicationScoped
public class CouncilDirectory {

    public static final String CIRCUIT = "councils-service";

    public static final Dependency COUNCILS = new Dependency("councils-service", List.of(CIRCUIT),
            "directions cannot be issued: the council cannot be confirmed (503)");

    @Inject
    @RestClient
    CouncilsClient client;

    @Inject
    Downstream downstream;

    /**
     * The council with this GSS code.
     *
     * @throws UnknownCouncilException when councils-service holds no such council
     * @throws RuntimeException        of another kind when councils-service could not answer
     */
    public CouncilRecord find(String gssCode) {
        return downstream.call(COUNCILS, CIRCUIT, () -> client.get(gssCode));
    }
}
