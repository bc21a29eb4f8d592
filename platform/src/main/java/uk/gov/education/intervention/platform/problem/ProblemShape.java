package uk.gov.education.intervention.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import uk.gov.education.intervention.platform.domain.DomainException;
import uk.gov.education.intervention.platform.rest.StrictQueryParameters;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Gives every problem the suite's shape: a {@code type}, a {@code detail} a person can act on, and
 * for bad input an {@code errors} list of {@code {field, message}}. Messages from the JSON parser
 * are rewritten so that no Java class name reaches a client.
 */
@ApplicationScoped
public class ProblemShape implements ProblemPostProcessor {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @Inject
    CurrentVertxRequest current;

    @Override
    public int priority() {
        // run before the library's own logger and defaults
        return 500;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        Throwable cause = context.cause;
        if (cause instanceof DomainException domain) {
            return HttpProblem.builder(DomainProblems.toProblem(domain)).withInstance(problem.getInstance()).build();
        }
        RoutingContext ctx = current == null ? null : current.getCurrent();
        HttpProblem refused = FrameworkProblems.of(cause, ctx == null ? null : ctx.request(),
                problem.getInstance() == null ? null : problem.getInstance().toString());
        if (refused != null) {
            return refused;
        }
        if (cause instanceof ConstraintViolationException cve && problem.getStatusCode() == 400) {
            return validation(problem, violations(cve));
        }
        if (cause instanceof StrictQueryParameters.InvalidParameter p) {
            return validation(problem, List.of(error(p.field, p.problem)));
        }
        HttpProblem raisedWhileReading = find(cause == null ? null : cause.getCause(), HttpProblem.class);
        if (raisedWhileReading != null && find(cause, JsonMappingException.class) != null) {
            // a problem raised while the body was read (over the size limit, say), which the JSON parser wrapped
            return HttpProblem.builder(raisedWhileReading).withInstance(problem.getInstance()).build();
        }
        HttpProblem unread = problem.getStatusCode() == 400 ? fromJson(problem, cause) : null;
        if (unread != null) {
            return unread;
        }
        HttpProblem database = problem.getStatusCode() == 500 ? DatabaseRefusals.fromDatabase(cause, problem.getInstance()) : null;
        if (database != null) {
            return database;
        }
        return withDefaults(problem);
    }

    /** A 400 from a body the JSON reader could not read, or null when the cause is not the reader's. */
    private static HttpProblem fromJson(HttpProblem problem, Throwable cause) {
        JsonMappingException mapping = find(cause, JsonMappingException.class);
        JsonParseException parse = find(cause, JsonParseException.class);
        StreamConstraintsException limit = find(cause, StreamConstraintsException.class);
        if (limit != null) {
            String field = mapping == null ? "" : JsonReadErrors.jsonPath(mapping.getPath());
            return validation(problem, List.of(error(field, JsonReadErrors.constraint(limit))));
        }
        if (mapping != null || parse != null) {
            return validation(problem, List.of(JsonReadErrors.jsonError(mapping, parse)));
        }
        if (find(cause, JsonProcessingException.class) != null) {
            return validation(problem, List.of(error("", "The body could not be read as JSON.")));
        }
        return null;
    }

    /** The framework's own problems (no route, wrong method, no role...) with the suite's type and detail. */
    private static HttpProblem withDefaults(HttpProblem problem) {
        if (problem.getType() != null && problem.getDetail() != null) {
            return problem;
        }
        HttpProblem.Builder b = HttpProblem.builder(problem);
        if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
            b.withType(defaultType(problem.getStatusCode()));
        }
        if (problem.getDetail() == null) {
            b.withDetail(defaultDetail(problem.getStatusCode(), problem.getTitle()));
        }
        return b.build();
    }

    private static HttpProblem validation(HttpProblem original, List<Map<String, String>> errors) {
        return HttpProblem.builder(Problems.invalid(errors)).withInstance(original.getInstance()).build();
    }

    private static List<Map<String, String>> violations(ConstraintViolationException cve) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
            errors.add(error(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing((Map<String, String> e) -> e.get("field")).thenComparing(e -> e.get("message")));
        return errors;
    }

    /** {@code create.request.holder.personId} becomes {@code holder.personId}; a query parameter keeps its name. */
    static String fieldName(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> parts.clear();
                case PARAMETER -> {
                    parts.clear();
                    parts.add(node.getName());
                }
                default -> {
                    String name = node.getName();
                    if (node.getIndex() != null && !parts.isEmpty()) {
                        int last = parts.size() - 1;
                        parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
                    }
                    if (name != null && !name.startsWith("<")) {
                        parts.add(name);
                    }
                }
            }
        }
        // a request body parameter is the whole body: drop its Java name, keep the JSON path
        if (parts.size() > 1) {
            parts.remove(0);
        }
        return String.join(".", parts);
    }

    private static Map<String, String> error(String field, String message) {
        return Problems.error(field, message);
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** The suite's type for the problems the framework raises (no route, wrong method, no role...). */
    private static URI defaultType(int status) {
        return switch (status) {
            case 400 -> Problems.type("bad-request");
            case 401 -> Problems.type("unauthorized");
            case 403 -> Problems.type("forbidden");
            case 404 -> Problems.type("not-found");
            case 405 -> Problems.type("method-not-allowed");
            case 406 -> Problems.type("not-acceptable");
            case 409 -> Problems.type("conflict");
            case 413 -> Problems.type("body-too-large");
            case 414 -> Problems.type("uri-too-long");
            case 415 -> Problems.type("unsupported-media-type");
            case 500 -> Problems.type("internal-error");
            default -> ABOUT_BLANK;
        };
    }

    private static String defaultDetail(int status, String title) {
        return switch (status) {
            case 401 -> "A valid bearer token is required. Send 'Authorization: Bearer <token>'.";
            case 403 -> "Your role does not allow this request.";
            case 404 -> "No resource exists at this address.";
            case 405 -> "This resource does not support that HTTP method.";
            case 406 -> "This resource cannot produce the media type you asked for.";
            case 415 -> "This resource does not accept that content type; send application/json.";
            case 500 -> "An unexpected error occurred. It has been logged; please try again or report it.";
            default -> title == null ? "The request could not be completed." : title + ".";
        };
    }
}
