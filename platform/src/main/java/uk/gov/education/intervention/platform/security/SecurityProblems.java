package uk.gov.education.intervention.platform.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.education.intervention.platform.problem.Problems;

import java.net.URI;

/**
 * 401 as a problem detail with its WWW-Authenticate challenge, once. It replaces the problem library's
 * 401 mapper, which does not run on this Quarkus version (it reads a field that became a method);
 * the library's 403 does, and {@link uk.gov.education.intervention.platform.problem.ProblemShape} gives it the suite's type.
 */
public class SecurityProblems {

    @ServerExceptionMapper(value = {AuthenticationFailedException.class, UnauthorizedException.class,
            AuthenticationCompletionException.class}, priority = Priorities.AUTHENTICATION)
    public Response unauthorized(UriInfo uri, HttpServerRequest request) {
        var problem = io.quarkiverse.resteasy.problem.HttpProblem.builder(Problems.of(401, "unauthorized", "Unauthorized",
                        "A valid bearer token is required: send 'Authorization: Bearer <token>' with a token from the trusted issuer that has not expired."))
                .withInstance(URI.create(uri.getPath()));
        // a token that failed verification has had its challenge from the authentication mechanism already
        if (!request.response().headers().contains(HttpHeaders.WWW_AUTHENTICATE)) {
            problem.withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return problem.build().toResponse();
    }
}
