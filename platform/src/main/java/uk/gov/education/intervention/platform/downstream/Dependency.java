package uk.gov.education.intervention.platform.downstream;

import java.util.List;

/**
 * A service this one calls: its name (which is also its key under {@code suite.downstream.*}), the
 * names of the circuit breakers of the calls to it, and what this service answers without it.
 */
public record Dependency(String name, List<String> circuitBreakers, String whenDown) {

    public Dependency {
        circuitBreakers = List.copyOf(circuitBreakers);
    }
}
