package uk.gov.education.intervention.platform.downstream;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The state of a dependency as seen from here, for operators: a service produces one check per
 * dependency ({@link #check}) in the health group {@link #GROUP}
 * ({@code /q/health/group/dependencies} on the management port), not in readiness, whose answer is
 * a status per check and nothing more. Never fatal: without a dependency the service still answers,
 * degraded, so each check stays UP and its data says whether the dependency is reachable, the state
 * of the circuit breakers of calls to it, when and why a call last failed, and what is degraded
 * meanwhile. Nothing is called here: the data is what the calls last saw ({@link DownstreamStatus})
 * and the breakers' state, so a probe costs no request downstream.
 */
@ApplicationScoped
public class DownstreamReadiness {

    public static final String GROUP = "dependencies";

    @Inject
    DownstreamStatus status;

    @Inject
    Downstream downstream;

    /** The check of one dependency, for a {@code @Produces @HealthGroup(GROUP)} method. */
    public HealthCheck check(Dependency dependency) {
        return () -> report(dependency);
    }

    HealthCheckResponse report(Dependency dependency) {
        DownstreamStatus.Seen seen = status.seen(dependency);
        CircuitBreakerState worst = CircuitBreakerState.CLOSED;
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(dependency.name() + " (non-fatal)").up();
        for (String name : dependency.circuitBreakers()) {
            CircuitBreakerState state = downstream.state(dependency, name);
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
