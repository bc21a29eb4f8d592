package uk.gov.education.intervention.platform.domain;

import java.util.List;

/** Another service this answer needs could not be reached, or answered with a fault. */
public final class DependencyUnavailable extends DomainException {

    private final String dependency;

    public DependencyUnavailable(String dependency, String detail) {
        super("dependency-unavailable", "A service this request depends on is unavailable", detail, List.of());
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
