package uk.gov.education.intervention.reporting.client;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import io.smallrye.health.api.HealthGroup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The state of councils-service and directions-service as seen from here, for operators: the
 * health group {@code dependencies} ({@code /q/health/group/dependencies} on the management port),
 * not readiness, whose answer is a status per check and nothing more. Never fatal: without them
 * reporting-service still answers, degraded, so each check stays UP and its data says whether
 * the dependency is reachable, the state of the circuit breakers of calls to it, when and why a
 * call last failed, and what is degraded meanwhile. Nothing is called here: the data is what the
 * gateways last saw ({@link DownstreamStatus}) and the breakers' state, so a request for it costs
 * no request downstream.
 */
@ApplicationScoped
public class DownstreamReadiness {

    @Inject
    DownstreamStatus status;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    public static final String GROUP = "dependencies";

    @Produces
    @HealthGroup(GROUP)
    @ApplicationScoped
    HealthCheck councilsService() {
        return () -> report(Dependency.COUNCILS);
    }

    @Produces
    @HealthGroup(GROUP)
    @ApplicationScoped
    HealthCheck directionsService() {
        return () -> report(Dependency.DIRECTIONS);
    }

    HealthCheckResponse report(Dependency dependency) {
        DownstreamStatus.Seen seen = status.seen(dependency);
        CircuitBreakerState worst = CircuitBreakerState.CLOSED;
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(dependency.serviceName() + " (non-fatal)").up();
        for (String name : dependency.circuitBreakers()) {
            CircuitBreakerState state = circuitBreakers.currentState(name);
            builder.withData("circuitBreaker." + name, state.name());
            if (state == CircuitBreakerState.OPEN || (state == CircuitBreakerState.HALF_OPEN && worst == CircuitBreakerState.CLOSED)) {
                worst = state;
            }
        }
        Boolean reachable = seen.reachable();
        boolean down = Boolean.FALSE.equals(reachable) || worst == CircuitBreakerState.OPEN;
        builder.withData("dependency", down ? "DOWN" : reachable == null ? "UNKNOWN" : "UP");
        builder.withData("circuitBreaker", worst.name());
        if (reachable == null) {
            builder.withData("note", "not called since start");
        }
        if (seen.lastAnswerAt() != null) {
            builder.withData("lastAnswerAt", seen.lastAnswerAt().toString());
        }
        if (seen.lastFailureAt() != null) {
            builder.withData("lastFailureAt", seen.lastFailureAt().toString());
            builder.withData("lastFailure", seen.lastFailure());
        }
        builder.withData("degraded", down);
        if (down) {
            builder.withData("meanwhile", dependency.whenDown());
        }
        return builder.build();
    }
}
