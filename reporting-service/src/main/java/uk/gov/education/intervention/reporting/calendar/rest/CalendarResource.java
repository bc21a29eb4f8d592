package uk.gov.education.intervention.reporting.calendar.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.platform.rest.Degraded;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.security.Caller;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.calendar.service.CalendarService;
import uk.gov.education.intervention.reporting.calendar.service.Subscriptions;
import uk.gov.education.intervention.reporting.service.HeavyReads;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.rest.Gss;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

@Path("/v1/calendar")
@Tag(name = "Calendar", description = "An iCalendar feed of due items that calendar apps can subscribe to. Calendar apps cannot "
        + "send bearer tokens, so: (1) with your bearer token, POST /v1/calendar/subscriptions to get a subscription URL that "
        + "carries a signed, read-only feed token (valid for 90 days by default; it covers the councils you could see when you "
        + "asked; revoke it on its own with DELETE /v1/calendar/subscriptions/{id}); (2) give that URL to the calendar app. Scripts may instead call the feed with Authorization: Bearer.")
public class CalendarResource {

    public static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    CalendarService calendar;

    @Inject
    HeavyReads heavyReads;

    @Inject
    Subscriptions subscriptions;

    @Inject
    AccessPolicy access;

    @Inject
    Caller caller;

    @Inject
    SecurityIdentity identity;

    @Inject
    ReportingConfig config;

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Get a calendar subscription URL",
            description = "Returns a URL of the due-items feed with a signed feed token, for one council you reach or (without "
                    + "`councilGssCode`) every council you reach. The token is read-only, covers only due items (no report "
                    + "content) and expires. Each subscription is recorded under its `id` and audited; revoke it with "
                    + "DELETE /v1/calendar/subscriptions/{id}.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionRequest.class),
            examples = @ExampleObject(name = "stoke", value = "{\"councilGssCode\":\"E06000021\"}")))
    @APIResponse(responseCode = "201", description = "The subscription URL.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public Response createCalendarSubscription(@Valid SubscriptionRequest request, @Context UriInfo uri) {
        String council = request == null ? null : request.councilGssCode();
        List<String> councils;
        if (council != null) {
            access.requireWholeReport(council);
            councils = List.of(council);
        } else {
            Set<String> reached = access.wholeReportCouncils();
            councils = reached == null ? null : List.copyOf(reached);
        }
        Subscriptions.Issued issued = subscriptions.subscribe(councils);
        String token = issued.token();
        String base = config.feed().publicBaseUrl().map(b -> b.replaceAll("/+$", ""))
                .orElse(uri.getBaseUri().toString().replaceAll("/+$", ""));
        String url = base + "/v1/calendar/due-items.ics?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String webcal = url.replaceFirst("^https?:", "webcal:");
        return Response.created(URI.create(url)).entity(new SubscriptionView(issued.subscription().id, url, webcal,
                issued.subscription().expiresAt.toInstant(), councils)).build();
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Revoke a calendar subscription",
            description = "Its subscription URL stops working at once; every other keeps working. Only whoever asked for it, or "
                    + "a DfE administrator, may revoke it; to anyone else it does not exist (404). Revoking it again is "
                    + "answered the same.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such subscription of yours.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response revokeCalendarSubscription(
            @Parameter(description = "The subscription's `id`, as POST /v1/calendar/subscriptions returned it.") @PathParam("id") UUID id) {
        subscriptions.revoke(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/due-items.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Due items as an iCalendar feed",
            description = "All-day events on each due item's due date (a year back to the schedule horizon ahead), one per item with "
                    + "a stable UID; withdrawn items are CANCELLED. Authenticate with the `token` of a subscription URL (for "
                    + "calendar apps) or with Authorization: Bearer. `council` narrows the feed to one council.")
    @APIResponse(responseCode = "200", description = "The calendar.",
            headers = @Header(name = Degraded.HEADER, description = Degraded.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = TEXT_CALENDAR,
            examples = @ExampleObject(name = "ics", value = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Department for Education//"
                    + "Intervention reporting-service//EN\r\nBEGIN:VEVENT\r\nUID:E06000021-2019-10-31.performance-review.2020-01-31@"
                    + "reporting-service.intervention\r\nDTSTART;VALUE=DATE:20200131\r\nSUMMARY:Formal performance review due: "
                    + "Stoke-on-Trent City Council\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")))
    @APIResponse(responseCode = "401", description = "Neither a valid feed token nor a bearer token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "403", description = "The council is not one the token covers.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "503", description = "directions-service is unreachable and no copy of its duties is kept; or (`busy`, "
            + "with Retry-After) the service is already making as many feeds and aggregates as it can at once.")
    public Response getCalendarFeed(
            @Parameter(description = "The feed token of a subscription URL.") @QueryParam("token") @Size(max = 1000) String token,
            @Parameter(description = "Only this council, e.g. E06000021.")
            @QueryParam("council") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String council) {
        Set<String> scope;
        if (token != null) {
            Subscriptions.Grant grant = subscriptions.grant(token);
            if (council != null) {
                if (grant.councils() != null && !grant.councils().contains(council)) {
                    throw Problems.forbidden("This feed token does not cover council " + council + ".");
                }
                scope = Set.of(council);
            } else {
                scope = grant.councils() == null ? null : Set.copyOf(grant.councils());
            }
        } else if (identity != null && !identity.isAnonymous() && isReader()) {
            if (council != null) {
                access.requireWholeReport(council);
                scope = Set.of(council);
            } else {
                scope = access.wholeReportCouncils();
            }
        } else if (identity != null && !identity.isAnonymous()) {
            throw Problems.forbidden("Your role does not allow this request.");
        } else {
            throw io.quarkiverse.resteasy.problem.HttpProblem.builder(Problems.of(401, "unauthorized", "Unauthorized",
                            "Send the `token` of a calendar subscription URL (POST /v1/calendar/subscriptions) or Authorization: Bearer."))
                    .withHeader("WWW-Authenticate", "Bearer").build();
        }
        String name = scope == null ? "Statutory direction reporting: all councils"
                : "Statutory direction reporting: " + String.join(", ", new TreeSet<>(scope));
        CalendarService.Feed feed = heavyReads.run(() -> calendar.feed(scope, name));
        return Degraded.mark(Response.ok(feed.ics(), TEXT_CALENDAR + "; charset=UTF-8"), feed.missing()).build();
    }

    private boolean isReader() {
        return List.of(Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER).stream().anyMatch(caller::hasRole);
    }
}
