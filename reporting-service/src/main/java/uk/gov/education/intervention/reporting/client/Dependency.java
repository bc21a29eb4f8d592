package uk.gov.education.intervention.reporting.client;

import java.util.List;

/** The services reporting-service reads, the circuit breakers of its calls to each, and what it loses without one. */
public enum Dependency {
    COUNCILS("councils-service", CouncilsGateway.BREAKERS,
            "council names and current Ofsted ratings come from the last copy kept, or are missing; "
                    + "access that follows appointments (partners, commissioners, appointees) cannot be decided: 503; "
                    + "items an appointment makes due use the appointments as last read, or are missing"),
    DIRECTIONS("directions-service", DirectionsGateway.BREAKERS,
            "schedules use the duties feed as last read; with no copy kept, schedules cannot be computed");

    private final String serviceName;
    private final List<String> circuitBreakers;
    private final String whenDown;

    Dependency(String serviceName, List<String> circuitBreakers, String whenDown) {
        this.serviceName = serviceName;
        this.circuitBreakers = circuitBreakers;
        this.whenDown = whenDown;
    }

    public String serviceName() {
        return serviceName;
    }

    /** Names given with {@code @CircuitBreakerName} to the gateway's methods. */
    public List<String> circuitBreakers() {
        return circuitBreakers;
    }

    /** What reporting-service answers without this dependency. */
    public String whenDown() {
        return whenDown;
    }
}
