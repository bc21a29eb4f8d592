package uk.gov.education.intervention.platform.domain;

import java.util.List;

/** The record asked for does not exist (or the caller may not know that it does). */
public final class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("not-found", "Not found", what + " '" + id + "' does not exist.", List.of());
    }
}
