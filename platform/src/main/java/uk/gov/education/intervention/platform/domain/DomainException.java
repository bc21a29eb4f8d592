package uk.gov.education.intervention.platform.domain;

import java.util.List;

/**
 * Why a command or query could not be carried out, in domain terms. Services and domain classes
 * throw these and know nothing of HTTP; one mapper at the edge ({@code DomainProblems}) turns each
 * kind into a problem response. {@code slug} is the stable name clients switch on.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, InvalidInput, RuleViolation, Conflict, AccessDenied, StaleVersion,
        DependencyUnavailable, NotAuthenticated, LimitExceeded, Busy {

    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    protected DomainException(String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** What a person should read: exactly what was wrong. */
    public String detail() {
        return getMessage();
    }

    /** The fields at fault, when the cause is in the input; empty otherwise. */
    public List<FieldError> errors() {
        return errors;
    }
}
