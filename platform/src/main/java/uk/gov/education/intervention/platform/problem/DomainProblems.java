package uk.gov.education.intervention.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import uk.gov.education.intervention.platform.domain.AccessDenied;
import uk.gov.education.intervention.platform.domain.Busy;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.DependencyUnavailable;
import uk.gov.education.intervention.platform.domain.DomainException;
import uk.gov.education.intervention.platform.domain.FieldError;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.LimitExceeded;
import uk.gov.education.intervention.platform.domain.NotAuthenticated;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.domain.StaleVersion;
import uk.gov.education.intervention.platform.rest.ETags;

import java.util.List;
import java.util.Map;

/**
 * The one place where a domain exception becomes a problem (RFC 9457): each kind has its status,
 * and the slug, title, detail and field errors travel unchanged.
 */
public final class DomainProblems {

    private DomainProblems() {
    }

    public static HttpProblem toProblem(DomainException e) {
        if (e instanceof NotFound) {
            return Problems.of(404, e.slug(), e.title(), e.detail());
        }
        if (e instanceof InvalidInput) {
            return Problems.invalid(errors(e.errors()));
        }
        if (e instanceof RuleViolation r) {
            return Problems.ruleViolated(r.rule(), r.title(), r.detail());
        }
        if (e instanceof Conflict) {
            return Problems.conflict(e.slug(), e.detail());
        }
        if (e instanceof AccessDenied a) {
            return a.rule() == null ? Problems.forbidden(a.detail()) : Problems.forbidden(a.rule(), a.detail());
        }
        if (e instanceof StaleVersion s) {
            return Problems.preconditionFailed(ETags.of(s.currentVersion()));
        }
        if (e instanceof DependencyUnavailable d) {
            return Problems.dependencyUnavailable(d.dependency(), d.detail());
        }
        if (e instanceof NotAuthenticated) {
            return Problems.of(401, e.slug(), e.title(), e.detail());
        }
        if (e instanceof LimitExceeded) {
            HttpProblem base = Problems.of(413, e.slug(), e.title(), e.detail());
            return e.errors().isEmpty() ? base : HttpProblem.builder(base).with("errors", errors(e.errors())).build();
        }
        if (e instanceof Busy b) {
            return HttpProblem.builder(Problems.of(503, e.slug(), e.title(), e.detail()))
                    .withHeader("Retry-After", String.valueOf(b.retryAfterSeconds())).build();
        }
        throw new IllegalStateException("no problem is defined for " + e.getClass().getSimpleName());
    }

    private static List<Map<String, String>> errors(List<FieldError> errors) {
        return errors.stream().map(f -> Problems.error(f.field(), f.message())).toList();
    }
}
