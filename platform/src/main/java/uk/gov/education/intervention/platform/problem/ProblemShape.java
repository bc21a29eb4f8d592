package uk.gov.education.intervention.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import uk.gov.education.intervention.platform.domain.DomainException;
import uk.gov.education.intervention.platform.json.JsonBounds;
import uk.gov.education.intervention.platform.rest.Bounds;
import uk.gov.education.intervention.platform.rest.StrictQueryParameters;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gives every problem the suite's shape: a {@code type}, a {@code detail} a person can act on, and
 * for bad input an {@code errors} list of {@code {field, message}}. Messages from the JSON parser
 * are rewritten so that no Java class name reaches a client.
 */
@ApplicationScoped
public class ProblemShape implements ProblemPostProcessor {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

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
        JsonMappingException mapping = find(cause, JsonMappingException.class);
        JsonParseException parse = find(cause, JsonParseException.class);
        StreamConstraintsException limit = find(cause, StreamConstraintsException.class);
        if (problem.getStatusCode() == 400 && limit != null) {
            return validation(problem, List.of(error(mapping == null ? "" : jsonPath(mapping.getPath()), constraint(limit))));
        }
        if (problem.getStatusCode() == 400 && (mapping != null || parse != null)) {
            return validation(problem, List.of(jsonError(mapping, parse)));
        }
        if (problem.getStatusCode() == 400 && find(cause, JsonProcessingException.class) != null) {
            return validation(problem, List.of(error("", "The body could not be read as JSON.")));
        }
        if (problem.getStatusCode() == 500) {
            HttpProblem database = fromDatabase(cause, problem.getInstance());
            if (database != null) {
                return database;
            }
        }
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

    /**
     * What the database refused, as the client's problem rather than a 500: two requests that wrote
     * the same record at the same moment (the loser's transaction is rolled back: 409, read and try
     * again), a value PostgreSQL cannot store (a NUL character, a date beyond its range: 400), and a
     * database that cannot be reached or is shutting down or starting (503, try again shortly).
     */
    private static HttpProblem fromDatabase(Throwable cause, URI instance) {
        boolean concurrent = find(cause, jakarta.persistence.OptimisticLockException.class) != null
                || find(cause, org.hibernate.StaleStateException.class) != null;
        java.sql.SQLException sql = find(cause, java.sql.SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (databaseUnreachable(cause)) {
            return HttpProblem.builder()
                    .withType(Problems.type("database-unavailable"))
                    .withStatus(503)
                    .withTitle("The database is unavailable")
                    .withDetail("The service cannot reach its database just now. Try again shortly. If this was a change, read "
                            + "the record before you repeat it (or repeat a submission with the same Idempotency-Key): a change "
                            + "cut off while it was being committed may have been stored.")
                    .withHeader("Retry-After", "5")
                    .withInstance(instance).build();
        }
        if (concurrent || state.equals("23505") || state.equals("23P01") || state.equals("40001") || state.equals("40P01")) {
            return HttpProblem.builder(Problems.conflict("concurrent-change",
                            "Another request changed the same record at the same moment, so nothing of yours was stored. "
                                    + "Read the record again, then repeat your change if it still applies."))
                    .withInstance(instance).build();
        }
        if (state.startsWith("22")) {
            return HttpProblem.builder(Problems.badRequest("unstorable-value",
                            "A value in the request cannot be stored (for example a NUL character in a text, or a date outside "
                                    + "the years 4713 BC to AD 294276). Nothing was stored."))
                    .withInstance(instance).build();
        }
        return null;
    }

    /**
     * Whether the database could not be reached, or was shutting down, crashed or starting: a
     * connection exception (SQL state class 08, or Hibernate's JDBCConnectionException) or 57P01 to
     * 57P03, anywhere among the causes, including those the transaction manager keeps as suppressed
     * exceptions when a commit fails.
     */
    private static boolean databaseUnreachable(Throwable cause) {
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.add(cause);
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
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

    private static Map<String, String> jsonError(JsonMappingException mapping, JsonParseException parse) {
        if (mapping == null) {
            String where = parse.getLocation() == null ? ""
                    : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
            return error("", "The body is not well-formed JSON" + where + ".");
        }
        String field = jsonPath(mapping.getPath());
        if (mapping instanceof JsonBounds.OutOfBounds b) {
            return error(field, b.expectation);
        }
        if (mapping.getCause() instanceof InputCoercionException c) {
            return error(field, "is out of range for " + friendlyType(c.getTargetType()) + range(c.getTargetType()));
        }
        if (mapping instanceof UnrecognizedPropertyException u) {
            return error(field, "is not a field of this request; known fields: "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        if (mapping instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return error(field, "'" + StrictQueryParameters.shortened(String.valueOf(f.getValue())) + "' is not one of: "
                        + Arrays.stream(target.getEnumConstants())
                        .map(c -> jsonEnumName((Enum<?>) c)).collect(Collectors.joining(", ")));
            }
            return error(field, "'" + StrictQueryParameters.shortened(String.valueOf(f.getValue())) + "' is not a valid " + friendlyType(target));
        }
        if (mapping instanceof MismatchedInputException m) {
            if (m.getTargetType() == null && field.isEmpty()) {
                return error("", "The body is missing or empty; a JSON object is required.");
            }
            return error(field, "must be a " + friendlyType(m.getTargetType()));
        }
        return error(field, "could not be read");
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return " (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")";
        }
        if (type == Long.class || type == long.class) {
            return " (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")";
        }
        return "";
    }

    /** A limit of the JSON reader, in the suite's words rather than the parser's. */
    private static String constraint(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting")) {
            return "The body is nested more deeply than the " + JsonBounds.MAX_NESTING + " levels this API reads.";
        }
        if (m.contains("number")) {
            return "A number in the body is longer than the " + JsonBounds.MAX_NUMBER_LENGTH + " digits this API reads.";
        }
        if (m.contains("name")) {
            return "A field name in the body is longer than the " + JsonBounds.MAX_NAME_LENGTH + " characters this API reads.";
        }
        return "A value in the body is longer than this API reads.";
    }

    private static String jsonEnumName(Enum<?> e) {
        try {
            com.fasterxml.jackson.annotation.JsonProperty p = e.getDeclaringClass().getField(e.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return p != null ? p.value() : e.name();
        } catch (NoSuchFieldException ex) {
            return e.name();
        }
    }

    private static String friendlyType(Class<?> type) {
        if (type == null) {
            return "value of the expected type";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD) from " + Bounds.DATE_RANGE;
        }
        if (type == java.time.YearMonth.class) {
            return "month (YYYY-MM) from " + Bounds.MONTH_RANGE;
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "date-time (ISO-8601)";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "JSON array";
        }
        return "JSON object";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static Map<String, String> error(String field, String message) {
        return Problems.error(field, message);
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
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
