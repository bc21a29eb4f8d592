package uk.gov.education.intervention.platform.domain;

import java.util.List;

/** The caller changed a record from a version that is no longer the current one. */
public final class StaleVersion extends DomainException {

    private final long currentVersion;

    public StaleVersion(long currentVersion) {
        super("precondition-failed", "Precondition failed",
                "The record has changed since you read it. Read it again and reapply your change.", List.of());
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
