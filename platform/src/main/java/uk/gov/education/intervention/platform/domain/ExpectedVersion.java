package uk.gov.education.intervention.platform.domain;

import java.util.Set;

/**
 * The versions a caller says it changed from: any version, or one of a set. The edge builds it
 * from the request (If-Match); the service checks it against the record inside its transaction.
 */
public record ExpectedVersion(boolean any, Set<Long> versions) {

    public static final ExpectedVersion ANY = new ExpectedVersion(true, Set.of());

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(false, versions);
    }

    /** Throws {@link StaleVersion} unless {@code current} is one the caller expected. */
    public void check(long current) {
        if (!any && !versions.contains(current)) {
            throw new StaleVersion(current);
        }
    }
}
