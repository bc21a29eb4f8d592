package uk.gov.education.intervention.reporting.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSubscription;
import uk.gov.education.intervention.reporting.notification.service.SubscriptionService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Webhook subscriptions: items due soon or overdue, submissions received, returned and accepted, "
        + "review findings, directions issued and revoked, sent as Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature: "
        + "v1, HMAC-SHA256 of id.timestamp.body with the subscription's secret) from a transactional outbox, retried with exponential "
        + "backoff. Each event is sent only if the subscription's owner may read it on the day it is sent. A subscription and its "
        + "log are its owner's and dfe-admin's; to anyone else they do not exist (404).")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class WebhookSubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @GET
    @Operation(summary = "List webhook subscriptions", description = "The caller's own, in the order made (dfe-admin: everyone's).")
    public Page<SubscriptionView> listWebhookSubscriptions(
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = subscriptions.list(page.hasCursor() ? page.cursorKey(2) : null, page.fetchSize());
        return Page.of(rows, page, s -> List.of(s.createdAt, s.id), SubscriptionView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to webhooks", description = "Makes a subscription and its signing secret, shown in this answer "
            + "only. For COUNCIL scope the caller needs some standing for the council today. An identity holds at most "
            + "`reporting.webhooks.max-per-owner` (20) subscriptions (422 `webhook-subscription-limit`).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionRequest.class),
            examples = @ExampleObject(name = "stoke", value = "{\"scope\":\"COUNCIL\",\"councilGssCode\":\"E06000021\","
                    + "\"url\":\"https://hooks.stoke.gov.uk/intervention\",\"eventTypes\":[\"submission.accepted\",\"due-item.due-soon\"],"
                    + "\"dueInDays\":14}")))
    @APIResponse(responseCode = "201", description = "Made; Location names it; `secret` is shown this once.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public RestResponse<SubscriptionView> createWebhookSubscription(@NotNull @Valid SubscriptionRequest request) {
        var made = subscriptions.create(request.terms());
        return Responses.created(URI.create("/v1/webhook-subscriptions/" + made.subscription().id),
                versioned(made.subscription(), made.secret()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook subscription", description = "Its ETag is needed to change, rotate or delete it.")
    public RestResponse<SubscriptionView> getWebhookSubscription(@PathParam("id") UUID id) {
        return Responses.ok(versioned(subscriptions.get(id), null));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a webhook subscription", description = "Its URL, events, days and whether it is active. Send its "
            + "ETag as If-Match.")
    @APIResponse(responseCode = "200", description = "Changed.")
    public RestResponse<SubscriptionView> changeWebhookSubscription(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the subscription as read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SubscriptionChange request) {
        var expected = ETags.expected(ifMatch);
        WebhookSubscription current = subscriptions.get(id);
        return Responses.ok(versioned(subscriptions.change(id, expected, request.terms(current)), null));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook subscription", description = "With its delivery log; nothing more is sent. Send its ETag "
            + "as If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deleteWebhookSubscription(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the subscription as read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        subscriptions.delete(id, ETags.expected(ifMatch));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Operation(summary = "Rotate a webhook subscription's secret", description = "Makes a new secret, shown in this answer only. "
            + "The one it replaces still signs, beside it (two space-separated signatures), for `reporting.webhooks.rotation-overlap` "
            + "(24 hours), so that the receiver can change over. Send the subscription's ETag as If-Match.")
    @APIResponse(responseCode = "200", description = "Rotated; `secret` is the new one.")
    public RestResponse<SubscriptionView> rotateWebhookSecret(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the subscription as read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        var rotated = subscriptions.rotate(id, ETags.expected(ifMatch));
        return Responses.ok(versioned(rotated.subscription(), rotated.secret()));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "A webhook subscription's delivery log", description = "Its deliveries in the order made, with each one's "
            + "attempts, last answer and body.")
    public Page<DeliveryView> listWebhookDeliveries(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = subscriptions.deliveries(id, page.hasCursor() ? page.cursorKey(2) : null, page.fetchSize());
        return Page.of(rows, page, d -> List.of(d.createdAt, d.id), DeliveryView::of);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Replay a webhook delivery", description = "Sends the delivery's event again, as a new delivery due now with "
            + "the same webhook-id (a receiver that keeps ids it has seen may ignore it), signed with the subscription's secrets of the day.")
    @APIResponse(responseCode = "202", description = "The new delivery, pending.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public RestResponse<DeliveryView> replayWebhookDelivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return RestResponse.ResponseBuilder.<DeliveryView>create(RestResponse.Status.ACCEPTED)
                .entity(DeliveryView.of(subscriptions.replay(id, deliveryId))).build();
    }

    private static Versioned<SubscriptionView> versioned(WebhookSubscription s, String secret) {
        return new Versioned<>(SubscriptionView.of(s, secret), s.version);
    }
}
