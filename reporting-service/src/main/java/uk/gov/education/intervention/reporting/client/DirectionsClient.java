package uk.gov.education.intervention.reporting.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.education.intervention.platform.downstream.DownstreamErrors;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;

/** directions-service's API, as far as reporting-service uses it. Base URL: {@code quarkus.rest-client.directions.url}. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "directions")
// this service's own token: the OIDC client's (quarkus.oidc-client.*), or a fixed one when set instead
@OidcClientFilter
@ClientHeaderParam(name = "Authorization", value = "{uk.gov.education.intervention.reporting.client.FixedServiceToken.header}",
        required = false)
@RegisterProvider(DownstreamErrors.class)
public interface DirectionsClient {

    /**
     * Every duty of every issued or revoked direction, flattened. With {@code If-None-Match} the
     * answer is 304 when nothing changed.
     */
    @GET
    @Path("/duties")
    RestResponse<RemotePage<RemoteDuty>> duties(@QueryParam("status") String status,
                                          @QueryParam("limit") int limit,
                                          @QueryParam("cursor") String cursor,
                                          @HeaderParam("If-None-Match") String ifNoneMatch);

    /** A council's directions issued and revoked, oldest first, after a position. */
    @GET
    @Path("/councils/{gss}/directions/events")
    RemotePage<RemoteEvent> events(@jakarta.ws.rs.PathParam("gss") String gss,
                                   @QueryParam("from") String from,
                                   @QueryParam("to") String to,
                                   @QueryParam("kinds") String kinds,
                                   @QueryParam("limit") int limit,
                                   @QueryParam("cursor") String cursor);
}
