package uk.gov.education.intervention.platform.domain;

import java.util.List;

/**
 * An access rule refuses the caller. {@code rule} names it for clients (may be null); the detail
 * must reveal nothing the caller may not read.
 */
public final class AccessDenied extends DomainException {

    private final String rule;

    public AccessDenied(String rule, String detail) {
        super("forbidden", "Forbidden", detail, List.of());
        this.rule = rule;
    }

    public AccessDenied(String detail) {
        this(null, detail);
    }

    public String rule() {
        return rule;
    }
}
