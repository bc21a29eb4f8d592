package uk.gov.education.intervention.platform.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.gov.education.intervention.platform.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A per-caller limit on writes (POST, PUT, PATCH, DELETE under {@code /v1}) and on the GET paths a
 * service names ({@code suite.rate-limit.paths}, e.g. reporting-service's calendar feed): over it, a
 * 429 problem with {@code Retry-After}. The caller is the token's subject ({@code sub}); without a
 * token, the {@code token} of a feed URL, else the client's address. Writes and each named path are
 * counted apart. Reads are not limited here.
 */
@ApplicationScoped
public class RateLimit {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ConfigProperty(name = "suite.rate-limit.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "suite.rate-limit.requests", defaultValue = "120")
    int requests;

    @ConfigProperty(name = "suite.rate-limit.window", defaultValue = "60S")
    Duration window;

    @ConfigProperty(name = "suite.rate-limit.paths", defaultValue = "none")
    List<String> paths;

    @ConfigProperty(name = "suite.rate-limit.max-callers", defaultValue = "10000")
    int maxCallers;

    @Inject
    SecurityIdentity identity;

    private volatile RateLimiter limiter;

    @ServerRequestFilter
    public void limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!enabled) {
            return;
        }
        String path = request.path();
        String kind = kind(request.method().name(), path);
        if (kind == null) {
            return;
        }
        RateLimiter.Decision d = limiter().acquire(kind + "|" + caller(request));
        if (!d.allowed()) {
            throw HttpProblem.builder(Problems.of(429, "too-many-requests", "Too many requests",
                            "This caller has made more than " + requests + " such requests in " + seconds(window)
                                    + "; try again in " + d.retryAfterSeconds() + " seconds."))
                    .withHeader("Retry-After", String.valueOf(d.retryAfterSeconds()))
                    .build();
        }
    }

    /** What is counted: "write", the named path, or null for a request not limited. */
    private String kind(String method, String path) {
        if (WRITES.contains(method) && (path.equals("/v1") || path.startsWith("/v1/"))) {
            return "write";
        }
        if (("GET".equals(method) || "HEAD".equals(method)) && paths.contains(path)) {
            return path;
        }
        return null;
    }

    private String caller(HttpServerRequest request) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return "sub:" + jwt.getSubject();
        }
        String token = request.getParam("token");
        if (token != null && !token.isEmpty()) {
            return "token:" + sha256(token);
        }
        return "address:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    }

    private RateLimiter limiter() {
        RateLimiter l = limiter;
        if (l == null) {
            synchronized (this) {
                if (limiter == null) {
                    limiter = new RateLimiter(requests, window.toMillis(), maxCallers, System::currentTimeMillis);
                }
                l = limiter;
            }
        }
        return l;
    }

    private static String seconds(Duration d) {
        return d.toSeconds() == 1 ? "1 second" : d.toSeconds() + " seconds";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
