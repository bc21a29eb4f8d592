package uk.gov.education.intervention.platform.domain;

import java.util.List;

/** A credential the service itself checks (not the bearer token) is missing, altered or expired. */
public final class NotAuthenticated extends DomainException {

    public NotAuthenticated(String slug, String title, String detail) {
        super(slug, title, detail, List.of());
    }
}
