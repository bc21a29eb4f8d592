package uk.gov.education.intervention.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The problems (RFC 9457) the services raise on purpose. Each has a stable {@code type} URI that
 * clients may switch on; {@code detail} says, for a person, what exactly was wrong.
 */
public final class Problems {

    /** Prefix of every problem type this suite defines. */
    public static final String TYPE_PREFIX = "urn:problem-type:intervention:";

    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    public static HttpProblem of(int status, String slug, String title, String detail) {
        return HttpProblem.builder()
                .withType(type(slug))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .build();
    }

    public static HttpProblem notFound(String what, String id) {
        return of(404, "not-found", "Not found", what + " '" + id + "' does not exist.");
    }

    public static HttpProblem badRequest(String slug, String detail) {
        return of(400, slug, "Bad request", detail);
    }

    /** A single invalid field, in the same shape as a bean-validation failure. */
    public static HttpProblem invalidField(String field, String message) {
        return invalid(List.of(error(field, message)));
    }

    /**
     * Invalid input: {@code errors} lists each {@code {field, message}} (an empty field means the
     * whole body), and {@code detail} says them all in one line.
     */
    public static HttpProblem invalid(List<Map<String, String>> errors) {
        String detail = errors.stream()
                .map(e -> e.get("field").isEmpty() ? e.get("message") : e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        return HttpProblem.builder()
                .withType(type("validation"))
                .withStatus(400)
                .withTitle("Request is not valid")
                .withDetail(detail)
                .with("errors", errors)
                .build();
    }

    /** One entry of a validation problem's {@code errors}. */
    public static Map<String, String> error(String field, String message) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("field", field);
        e.put("message", message);
        return e;
    }

    /** A business rule refused the request (HTTP 422); {@code rule} names it for clients. */
    public static HttpProblem ruleViolated(String rule, String title, String detail) {
        return HttpProblem.builder()
                .withType(type(rule))
                .withStatus(422)
                .withTitle(title)
                .withDetail(detail)
                .with("rule", rule)
                .build();
    }

    public static HttpProblem conflict(String slug, String detail) {
        return of(409, slug, "Conflict", detail);
    }

    public static HttpProblem forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    /** A refusal by an access rule (HTTP 403); {@code rule} names it for clients, e.g. section-writer. */
    public static HttpProblem forbidden(String rule, String detail) {
        return HttpProblem.builder()
                .withType(type("forbidden"))
                .withStatus(403)
                .withTitle("Forbidden")
                .withDetail(detail)
                .with("rule", rule)
                .build();
    }

    public static HttpProblem preconditionRequired() {
        return of(428, "precondition-required", "Precondition required",
                "This change needs an If-Match header carrying the ETag of the version you read.");
    }

    public static HttpProblem preconditionFailed(String currentEtag) {
        return HttpProblem.builder()
                .withType(type("precondition-failed"))
                .withStatus(Response.Status.PRECONDITION_FAILED)
                .withTitle("Precondition failed")
                .withDetail("The record has changed since you read it (its ETag is now " + currentEtag
                        + "). Read it again and reapply your change.")
                .withHeader("ETag", currentEtag)
                .build();
    }

    public static HttpProblem dependencyUnavailable(String dependency, String detail) {
        return HttpProblem.builder()
                .withType(type("dependency-unavailable"))
                .withStatus(503)
                .withTitle("A service this request depends on is unavailable")
                .withDetail(detail)
                .withHeader("Retry-After", "30")
                .with("dependency", dependency)
                .build();
    }
}
