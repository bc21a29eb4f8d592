package uk.gov.education.intervention.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.education.intervention.platform.problem.Problems;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limits of a request as a whole, checked before any handler reads it: the length of the
 * request target (414), the size of the headers (431) and of a body that declares its length (413),
 * and a query string that cannot be decoded (400).
 * Each refusal is a problem detail in the suite's words, and the connection is closed, since its
 * body was not read. The HTTP server's own caps ({@code quarkus.http.limits.*}) are set above
 * these, so that a request is refused here, with a problem, unless it is beyond all reason. A body
 * sent without a length (chunked) is counted as it is read ({@link BodyLimit}).
 *
 * <p>Every answer of the service, whoever makes it, also carries {@code X-Content-Type-Options:
 * nosniff}, so that no browser guesses a type other than the one declared.
 */
@ApplicationScoped
public class HttpLimits {

    /** Before Quarkus's own body-size check (order -2), after its access log, CORS and header handlers. */
    static final int ORDER = -1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "suite.api.max-body-bytes", defaultValue = "262144")
    long maxBodyBytes;

    @ConfigProperty(name = "suite.api.max-request-target-length", defaultValue = "8192")
    int maxTargetLength;

    @ConfigProperty(name = "suite.api.max-header-bytes", defaultValue = "16384")
    int maxHeaderBytes;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set("X-Content-Type-Options", "nosniff"));
        HttpServerRequest request = ctx.request();
        String target = request.uri();
        if (target.length() > maxTargetLength) {
            refuse(ctx, 414, "uri-too-long", "URI too long", "The request target (path and query) is " + target.length()
                    + " characters; the limit is " + maxTargetLength + ".", null);
            return;
        }
        long headerBytes = headerBytes(request.headers());
        if (headerBytes > maxHeaderBytes) {
            refuse(ctx, 431, "headers-too-large", "Request header fields too large", "The request headers are "
                    + headerBytes + " bytes; the limit is " + maxHeaderBytes + ".", null);
            return;
        }
        try {
            ctx.queryParams();
        } catch (RuntimeException e) {
            refuse(ctx, 400, "validation", "Request is not valid", "The query string is not validly percent-encoded (RFC 3986).",
                    Problems.error("", "The query string is not validly percent-encoded (RFC 3986)."));
            return;
        }
        if (refusesBody(ctx, request.getHeader(HttpHeaders.CONTENT_LENGTH))) {
            return;
        }
        ctx.next();
    }

    /** Refuses a Content-Length that is not a number of bytes or is over the limit; false when the body may come. */
    private boolean refusesBody(RoutingContext ctx, String length) {
        if (length == null) {
            return false;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes < 0) {
            refuse(ctx, 400, "validation", "Request is not valid", "Content-Length: must be a number of bytes.",
                    Problems.error("Content-Length", "must be a number of bytes"));
            return true;
        }
        if (bytes > maxBodyBytes) {
            refuse(ctx, 413, "body-too-large", "Request body too large", bodyTooLarge(bytes, maxBodyBytes), null);
            return true;
        }
        return false;
    }

    static String bodyTooLarge(long bytes, long limit) {
        return bytes < 0 ? "The body is larger than the limit of " + limit + " bytes."
                : "The body is " + bytes + " bytes; the limit is " + limit + " bytes.";
    }

    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> h : headers) {
            total += h.getKey().length() + h.getValue().length() + 4;
        }
        return total;
    }

    private static void refuse(RoutingContext ctx, int status, String slug, String title, String detail, Map<String, String> error) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_PREFIX + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        String path = ctx.request().path();
        if (path != null && path.length() <= 1024) {
            problem.put("instance", path);
        }
        if (error != null) {
            problem.put("errors", java.util.List.of(error));
        }
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body)
                .onComplete(done -> ctx.request().connection().close());
    }
}
