package uk.gov.education.intervention.platform.domain;

import java.util.List;

/** The service is doing as much of this kind of work as it safely can at once; the caller should try again shortly. */
public final class Busy extends DomainException {

    private final int retryAfterSeconds;

    public Busy(String detail, int retryAfterSeconds) {
        super("busy", "The service is busy", detail, List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
