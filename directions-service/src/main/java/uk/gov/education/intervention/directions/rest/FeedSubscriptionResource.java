package uk.gov.education.intervention.directions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.directions.config.DirectionsConfig;
import uk.gov.education.intervention.directions.service.FeedSubscriptions;
import uk.gov.education.intervention.platform.security.Roles;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Subscription URLs of the Atom feed: feed readers cannot send a bearer token, so a caller who may
 * read directions asks, with theirs, for a URL carrying a signed, read-only feed token of its own,
 * which can be revoked alone.
 */
@Path("/v1/directions/feed/subscriptions")
@Tag(name = "Directions")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class FeedSubscriptionResource {

    @Inject
    FeedSubscriptions subscriptions;

    @Inject
    DirectionsConfig config;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a subscription URL of the Atom feed",
            description = "Returns the URL of GET /v1/directions/feed.atom with a signed feed token, for a feed reader, which cannot "
                    + "send a bearer token. The token is read-only, opens that feed only and expires (90 days by default). Each "
                    + "subscription is recorded under its `id` and audited; revoke it with DELETE /v1/directions/feed/subscriptions/{id}. "
                    + "No request body.")
    @APIResponse(responseCode = "201", description = "The subscription URL.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedSubscriptionView.class)))
    public Response createFeedSubscription(@Context UriInfo uri) {
        FeedSubscriptions.Issued issued = subscriptions.subscribe();
        String url = publicBase(config, uri) + "/v1/directions/feed.atom?token=" + URLEncoder.encode(issued.token(), StandardCharsets.UTF_8);
        return Response.created(URI.create(url))
                .entity(new FeedSubscriptionView(issued.subscription().id, url, issued.subscription().expiresAt.toInstant())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a subscription URL of the Atom feed",
            description = "Its URL stops working at once; every other keeps working. Only whoever asked for it, or a DfE "
                    + "administrator, may revoke it; to anyone else it does not exist (404). Revoking it again is answered the same.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such subscription of yours.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response revokeFeedSubscription(
            @Parameter(description = "The subscription's `id`, as POST /v1/directions/feed/subscriptions returned it.")
            @PathParam("id") UUID id) {
        subscriptions.revoke(id);
        return Response.noContent().build();
    }

    /** The service's address as its callers see it: the configured public base URL, else the request's. */
    static String publicBase(DirectionsConfig config, UriInfo uri) {
        return config.feed().publicBaseUrl().filter(b -> !b.isBlank()).orElse(uri.getBaseUri().toString()).replaceAll("/+$", "");
    }
}
