package uk.gov.education.intervention.reporting.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import io.smallrye.health.api.HealthGroup;
import org.eclipse.microprofile.health.HealthCheck;
import uk.gov.education.intervention.platform.downstream.Dependency;
import uk.gov.education.intervention.platform.downstream.DownstreamReadiness;

import java.util.List;

/**
 * The services reporting-service reads, the circuit breakers of its calls to each, and what it
 * loses without one; each has a non-fatal check in the health group {@link DownstreamReadiness#GROUP}.
 */
@ApplicationScoped
public class Dependencies {

    public static final Dependency COUNCILS = new Dependency("councils-service", CouncilsGateway.BREAKERS,
            "council names and current Ofsted ratings come from the last copy kept, or are missing; "
                    + "access that follows appointments (partners, commissioners, appointees) cannot be decided: 503; "
                    + "items an appointment makes due use the appointments as last read, or are missing; "
                    + "an improvement plan action's owner cannot be checked, so actions are not added or revised: 503");

    public static final Dependency DIRECTIONS = new Dependency("directions-service", DirectionsGateway.BREAKERS,
            "schedules use the duties feed as last read; with no copy kept, schedules cannot be computed");

    public static final List<Dependency> ALL = List.of(COUNCILS, DIRECTIONS);

    @Inject
    DownstreamReadiness readiness;

    @Produces
    @HealthGroup(DownstreamReadiness.GROUP)
    @ApplicationScoped
    HealthCheck councilsService() {
        return readiness.check(COUNCILS);
    }

    @Produces
    @HealthGroup(DownstreamReadiness.GROUP)
    @ApplicationScoped
    HealthCheck directionsService() {
        return readiness.check(DIRECTIONS);
    }
}
