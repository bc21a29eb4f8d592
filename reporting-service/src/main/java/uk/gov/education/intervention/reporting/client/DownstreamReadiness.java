package uk.gov.education.intervention.reporting.client;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail about councils-service and directions-service. Never fatal: without them
 * reporting-service still answers, degraded, so each check stays UP and its data says whether
 * the dependency is reachable, the state of the circuit breakers of calls to it, and what is
 * degraded meanwhile. Nothing is called here: the data is what the gateways last saw
 * ({@link DownstreamStatus}) and the breakers' state, so a probe costs no request downstream.
 */
@ApplicationScoped
public class DownstreamReadiness {

    @Inject
    DownstreamStatus status;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck councilsService() {
        return () -> report(Dependency.COUNCILS);
    }

    @Produces
    @Readiness
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
