package uk.gov.education.intervention.reporting.accessrequest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import uk.gov.education.intervention.platform.audit.AuditEntry;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.accessrequest.domain.AccessRequest;
import uk.gov.education.intervention.reporting.accessrequest.service.AccessRequestService;
import uk.gov.education.intervention.reporting.rest.Gss;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/v1/access-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access requests", description = "Requests under the duties due on request (Stoke-on-Trent 7.b, Medway 8.b): access, "
        + "at all reasonable times, to the council's premises, documents and employees, for those the direction names.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class AccessRequestResource {

    @Inject
    AccessRequestService requests;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List access requests", description = "Requests in the order they were made: all of a council's for the "
            + "Department, its own staff and its Commissioner; for anyone else, the requests it (or its organisation) made.")
    public Page<AccessRequestView> listAccessRequests(
            @Parameter(description = "Council GSS code, e.g. E06000021.")
            @QueryParam("council") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String council,
            @Parameter(description = "OPEN (not yet met) or MET.")
            @QueryParam("status") @Pattern(regexp = "OPEN|MET", message = "must be OPEN or MET") String status,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = requests.list(council, status, page.hasCursor() ? page.cursorKey(2) : null, page.fetchSize());
        return Page.of(rows, page, r -> List.of(r.requestedAt, r.id), AccessRequestView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an access request", description = "One request; its ETag is needed to record that it was met.")
    public RestResponse<AccessRequestView> getAccessRequest(@PathParam("id") UUID id) {
        return Responses.ok(versioned(requests.get(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Make an access request", description = "Asks the council for access under the duty on request of the "
            + "direction in force. Only those the duty names as requesters ask (Stoke-on-Trent: the Commissioner, the Improvement "
            + "Advisor and the Partners in Practice; Medway: the Leadership Improvement Partner and the non-executive Commissioner), "
            + "as councils-service records their appointments (or their organisation's) today; anyone else gets 403 `requester`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessRequestRequest.class),
            examples = @ExampleObject(name = "stockport", value = "{\"councilGssCode\":\"E06000021\",\"access\":[\"DOCUMENTS\",\"EMPLOYEES\"],"
                    + "\"details\":\"Case files of the 40 children audited in November, and time with the front-door team leaders.\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the request.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessRequestView.class)))
    @APIResponse(responseCode = "422", description = "No direction in force for the council owes access on request "
            + "(`rule`: no-duty-on-request).")
    @APIResponse(responseCode = "503", description = "directions-service (whose duties say who may ask) or councils-service (whose "
            + "appointments say who holds those roles today) is unavailable; nothing was changed.")
    public RestResponse<AccessRequestView> makeAccessRequest(@NotNull @Valid AccessRequestRequest request) {
        List<AccessRequest.Access> access = request.access().stream().map(a -> AccessRequest.Access.valueOf(a.name())).toList();
        var created = requests.create(new AccessRequestService.Request(request.councilGssCode(), access, request.details()));
        return Responses.created(URI.create("/v1/access-requests/" + created.id), versioned(created));
    }

    @POST
    @Path("/{id}/met")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCIL_REPORTER})
    @Operation(summary = "Record that an access request was met", description = "The council's own staff record the day the council "
            + "met the request (default today). Send the request's ETag as If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessRequestMet.class),
            examples = @ExampleObject(name = "met", value = "{\"metOn\":\"2020-02-03\",\"note\":\"Files shared on the secure portal.\"}")))
    @APIResponse(responseCode = "200", description = "Met.")
    @APIResponse(responseCode = "409", description = "Already met.")
    public RestResponse<AccessRequestView> meetAccessRequest(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the request as read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AccessRequestMet request) {
        var met = new AccessRequestService.Met(request.metOn(), request.note());
        return Responses.ok(versioned(requests.meet(id, ETags.expected(ifMatch), met)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Access request change history", description = "When it was made and met, by whom, oldest first.")
    public Page<AuditEntry> getAccessRequestHistory(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        requests.get(id);
        return audit.history(AccessRequestService.AUDIT_TYPE, id.toString(), PageRequest.of(limit, cursor));
    }

    private static Versioned<AccessRequestView> versioned(AccessRequest r) {
        return new Versioned<>(AccessRequestView.of(r), r.version);
    }
}
