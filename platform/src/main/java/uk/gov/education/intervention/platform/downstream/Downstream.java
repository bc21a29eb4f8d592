package uk.gov.education.intervention.platform.downstream;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Makes calls to other services: each under the guard of its circuit breaker
 * ({@link DownstreamPolicy}, configured per dependency by {@link DownstreamConfig}), with every
 * attempt's outcome recorded in {@link DownstreamStatus}. A caller's typed client in its own
 * {@code client/} package calls through here.
 */
@ApplicationScoped
public class Downstream {

    @Inject
    DownstreamConfig config;

    @Inject
    DownstreamStatus status;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    /**
     * Makes the call under the named circuit breaker of the dependency.
     *
     * @throws DownstreamRejectedException when the other service refused the request (4xx)
     * @throws RuntimeException            of another kind when it could not answer (a failure, a
     *                                     timeout, or an open circuit)
     */
    @SuppressWarnings("unchecked")
    public <T> T call(Dependency dependency, String circuitBreaker, Supplier<T> call) {
        Supplier<Object> observed = () -> status.observe(dependency, call);
        return (T) guard(dependency, circuitBreaker).get(observed, Object.class);
    }

    /** The state of one of the dependency's circuit breakers (closed before its first call). */
    public CircuitBreakerState state(Dependency dependency, String circuitBreaker) {
        guard(dependency, circuitBreaker);
        return circuitBreakers.currentState(circuitBreaker);
    }

    private Guard guard(Dependency dependency, String circuitBreaker) {
        if (!dependency.circuitBreakers().contains(circuitBreaker)) {
            throw new IllegalArgumentException(dependency.name() + " has no circuit breaker " + circuitBreaker);
        }
        // a circuit breaker's name may be registered once only, so each guard is built once and kept
        return guards.computeIfAbsent(circuitBreaker,
                name -> DownstreamPolicy.guard(name, config.policy(dependency.name())));
    }
}
