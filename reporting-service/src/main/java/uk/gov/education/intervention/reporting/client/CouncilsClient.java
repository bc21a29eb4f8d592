package uk.gov.education.intervention.reporting.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import uk.gov.education.intervention.platform.downstream.DownstreamErrors;

import java.util.List;

/** councils-service's API, as far as reporting-service uses it. Base URL: {@code quarkus.rest-client.councils.url}. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "councils")
// this service's own token: the OIDC client's (quarkus.oidc-client.*), or a fixed one when set instead
@OidcClientFilter
@ClientHeaderParam(name = "Authorization", value = "{uk.gov.education.intervention.reporting.client.FixedServiceToken.header}",
        required = false)
@RegisterProvider(DownstreamErrors.class)
public interface CouncilsClient {

    /** Councils by GSS code, with their current rating: one call for up to 200 councils. */
    @GET
    @Path("/councils")
    RemotePage<RemoteCouncil> councils(@QueryParam("gss") List<String> gss, @QueryParam("limit") int limit);

    /** The roles a token identity's person and an organisation hold on a date, for one council or (without it) every council. */
    @GET
    @Path("/role-holdings")
    RemoteRoleHoldings roleHoldings(@QueryParam("issuer") String issuer,
                                    @QueryParam("subject") String subject,
                                    @QueryParam("organisationGssCode") String organisationGssCode,
                                    @QueryParam("council") String council,
                                    @QueryParam("on") String on);

    /** Every role a person or organisation can be appointed to (one page: the whole list fits it). */
    @GET
    @Path("/roles")
    RemotePage<RemoteRole> roles();

    /** One organisation, by its id; 404 when councils-service holds none. */
    @GET
    @Path("/organisations/{id}")
    RemoteOrganisation organisation(@jakarta.ws.rs.PathParam("id") String id);

    /** One person, by their id; 404 when councils-service holds none. */
    @GET
    @Path("/people/{id}")
    RemotePerson person(@jakarta.ws.rs.PathParam("id") String id);

    /** Appointments to a role, of one council or (council null) every council, a page at a time. */
    @GET
    @Path("/appointments")
    RemotePage<RemoteAppointment> appointments(@QueryParam("council") String council,
                                               @QueryParam("role") String role,
                                               @QueryParam("limit") int limit,
                                               @QueryParam("cursor") String cursor);

    /** Appointments to a role for one council in force on a day (one page: a council has few holders of a role). */
    @GET
    @Path("/appointments")
    RemotePage<RemoteAppointment> appointmentsOn(@QueryParam("council") String council,
                                                 @QueryParam("role") String role,
                                                 @QueryParam("activeOn") String activeOn,
                                                 @QueryParam("limit") int limit);

    /** What happened to a council (inspections, appointments, partnerships), oldest first, after a position. */
    @GET
    @Path("/councils/{gss}/events")
    RemotePage<RemoteEvent> events(@jakarta.ws.rs.PathParam("gss") String gss,
                                   @QueryParam("from") String from,
                                   @QueryParam("to") String to,
                                   @QueryParam("kinds") String kinds,
                                   @QueryParam("limit") int limit,
                                   @QueryParam("cursor") String cursor);
}
