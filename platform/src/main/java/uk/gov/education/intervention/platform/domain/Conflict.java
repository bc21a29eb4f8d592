package uk.gov.education.intervention.platform.domain;

import java.util.List;

/** The change clashes with the current state of a record (a duplicate, or a state that forbids it). */
public final class Conflict extends DomainException {

    public Conflict(String slug, String detail) {
        super(slug, "Conflict", detail, List.of());
    }
}
