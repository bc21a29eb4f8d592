package uk.gov.education.intervention.reporting.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** councils-service's API, as far as reporting-service uses it. Base URL: {@code quarkus.rest-client.councils.url}. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "councils")
@RegisterClientHeaders(ServiceCredentials.class)
@RegisterProvider(DownstreamErrors.class)
public interface CouncilsClient {

    /** Councils by GSS code, with their current rating: one call for up to 200 councils. */
    @GET
    @Path("/councils")
    RemotePage<RemoteCouncil> councils(@QueryParam("gss") List<String> gss, @QueryParam("limit") int limit);

    @GET
    @Path("/organisations")
    RemotePage<RemoteOrganisation> organisations(@QueryParam("councilGssCode") String councilGssCode,
                                                 @QueryParam("limit") int limit);

    @GET
    @Path("/appointments")
    RemotePage<RemoteAppointment> appointments(@QueryParam("organisationId") String organisationId,
                                               @QueryParam("council") String council,
                                               @QueryParam("activeOn") String activeOn,
                                               @QueryParam("limit") int limit);
}
