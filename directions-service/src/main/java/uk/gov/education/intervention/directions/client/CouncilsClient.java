package uk.gov.education.intervention.directions.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import uk.gov.education.intervention.platform.downstream.DownstreamErrors;

/**
 * councils-service's council resource. The caller's bearer token is passed on (see
 * {@code org.eclipse.microprofile.rest.client.propagateHeaders}). Use it through
 * {@link CouncilDirectory}, which adds the timeout, retries and circuit breaker. A 404 is
 * {@link UnknownCouncilException}; other error statuses are the platform's ({@link DownstreamErrors}).
 */
@RegisterRestClient(configKey = "councils-service")
@RegisterClientHeaders
@Path("/v1/councils")
@Produces(MediaType.APPLICATION_JSON)
public interface CouncilsClient {

    @GET
    @Path("/{gss}")
    CouncilRecord get(@PathParam("gss") String gssCode);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        if (response.getStatus() == 404) {
            return new UnknownCouncilException();
        }
        return DownstreamErrors.forStatus(response.getStatus());
    }
}
