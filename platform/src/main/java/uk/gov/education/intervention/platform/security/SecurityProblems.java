package uk.gov.education.intervention.platform.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.education.intervention.platform.problem.Problems;

import java.net.URI;

/**
 * 401 and 403 as problem details. These replace the problem library's security mappers, whose
 * 401 path does not run on this Quarkus version (it reads a field that became a method).
 */
public class SecurityProblems {

    @ServerExceptionMapper(value = {AuthenticationFailedException.class, UnauthorizedException.class,
            AuthenticationCompletionException.class}, priority = Priorities.AUTHENTICATION)
    public Response unauthorized(UriInfo uri) {
        var problem = io.quarkiverse.resteasy.problem.HttpProblem.builder(Problems.of(401, "unauthorized", "Unauthorized",
                        "A valid bearer token is required: send 'Authorization: Bearer <token>' with a token from the trusted issuer that has not expired."))
                .withInstance(URI.create(uri.getPath()))
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
        return problem.toResponse();
    }

    @ServerExceptionMapper(value = ForbiddenException.class, priority = Priorities.AUTHENTICATION)
    public Response forbidden(UriInfo uri) {
        var problem = io.quarkiverse.resteasy.problem.HttpProblem.builder(Problems.of(403, "forbidden", "Forbidden",
                        "Your role does not allow this request."))
                .withInstance(URI.create(uri.getPath()))
                .build();
        return problem.toResponse();
    }
}
