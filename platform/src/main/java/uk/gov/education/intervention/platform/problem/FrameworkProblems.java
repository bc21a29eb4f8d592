package uk.gov.education.intervention.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import uk.gov.education.intervention.platform.rest.RouteTable;
import uk.gov.education.intervention.platform.rest.StrictQueryParameters;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The refusals the framework makes before any resource method runs (no route, a path id of the
 * wrong form, a method, Accept or Content-Type the operation does not take), in the suite's words:
 * what was wrong and what would have been accepted, from the {@link RouteTable}. The framework's
 * own messages name its annotations, which mean nothing to a caller.
 */
final class FrameworkProblems {

    private FrameworkProblems() {
    }

    /** The problem for a refusal of the framework, or null when the cause is not one. */
    static HttpProblem of(Throwable cause, HttpServerRequest request, String instance) {
        if (!(cause instanceof WebApplicationException) || request == null) {
            return null;
        }
        String path = request.path();
        String method = request.method().name();
        HttpProblem.Builder b;
        if (cause instanceof NotFoundException) {
            b = builder(404, "not-found", "Not found", notFound(path));
        } else if (cause instanceof NotAllowedException) {
            List<String> allowed = RouteTable.allowed(path);
            b = builder(405, "method-not-allowed", "Method not allowed", method + " is not allowed at this address"
                    + (allowed.isEmpty() ? "." : "; it allows " + String.join(", ", allowed) + "."));
            if (!allowed.isEmpty()) {
                b.withHeader("Allow", String.join(", ", allowed));
            }
        } else if (cause instanceof NotAcceptableException) {
            List<String> produces = operation(path, method).map(RouteTable.Route::produces).orElse(List.of("application/json"));
            b = builder(406, "not-acceptable", "Not acceptable", "This operation answers with " + String.join(" or ", produces)
                    + "; send Accept: " + String.join(", ", produces) + " (or no Accept header).");
        } else if (cause instanceof NotSupportedException) {
            List<String> consumes = operation(path, method).map(RouteTable.Route::consumes).orElse(List.of("application/json"));
            String wanted = String.join(" or ", consumes);
            String sent = request.getHeader("Content-Type");
            b = builder(415, "unsupported-media-type", "Unsupported media type", sent == null || sent.isBlank()
                    ? "The request has no Content-Type header; send Content-Type: " + wanted + " with the body."
                    : "Content-Type '" + StrictQueryParameters.shortened(sent) + "'" + " is not accepted here; send Content-Type: " + wanted + "."
                    + (sent.startsWith("application/x-www-form-urlencoded")
                    ? " curl -d sends this type unless told otherwise: add -H 'Content-Type: application/json', or use --json." : ""));
        } else {
            return null;
        }
        return b.withInstance(instance(instance == null ? path : instance)).build();
    }

    /** The address the refusal is about; the framework names none when no route matched, so the request's path. */
    private static java.net.URI instance(String path) {
        try {
            return java.net.URI.create(path);
        } catch (IllegalArgumentException e) {
            return java.net.URI.create("/");
        }
    }

    private static HttpProblem.Builder builder(int status, String slug, String title, String detail) {
        return HttpProblem.builder(Problems.of(status, slug, title, detail));
    }

    private static Optional<RouteTable.Route> operation(String path, String method) {
        return RouteTable.at(path).stream().filter(r -> r.method().equals(method)).findFirst();
    }

    /** Why nothing is at the path: no such address, or an id in it that cannot be one. */
    private static String notFound(String path) {
        for (RouteTable.Route r : RouteTable.at(path)) {
            Map<String, String> values = r.match(path).orElseThrow();
            for (Map.Entry<String, String> v : values.entrySet()) {
                String expected = expected(r.paramTypes().get(v.getKey()));
                if (expected != null && !fits(r.paramTypes().get(v.getKey()), v.getValue())) {
                    return "Nothing exists at this address: '" + StrictQueryParameters.shortened(v.getValue()) + "' is not a valid "
                            + v.getKey() + " (" + expected + ").";
                }
            }
        }
        return "Nothing exists at this address. The API's operations are listed at /q/openapi and /q/swagger-ui.";
    }

    private static String expected(Class<?> type) {
        if (type == UUID.class) {
            return "a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == YearMonth.class) {
            return "a month YYYY-MM";
        }
        return null;
    }

    private static boolean fits(Class<?> type, String value) {
        try {
            if (type == UUID.class) {
                UUID.fromString(java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8));
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == YearMonth.class) {
                YearMonth.parse(value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
