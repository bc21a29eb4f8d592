package uk.gov.education.intervention.reporting.boardmeeting.rest;

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
import uk.gov.education.intervention.reporting.boardmeeting.domain.BoardMeeting;
import uk.gov.education.intervention.reporting.boardmeeting.service.BoardMeetingService;
import uk.gov.education.intervention.reporting.rest.CancellationRequest;
import uk.gov.education.intervention.reporting.rest.Gss;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/v1/board-meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement Board meetings", description = "Meetings of councils' Improvement Boards. Duties owed to each meeting "
        + "(e.g. Stoke-on-Trent's council progress report, Medway's DCS report) fall due on the meeting's date.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class BoardMeetingResource {

    @Inject
    BoardMeetingService meetings;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List board meetings", description = "Meetings in date order, cancelled ones included and marked; for "
            + "one council or every council the caller reaches.")
    public Page<BoardMeetingView> listBoardMeetings(
            @Parameter(description = "Council GSS code, e.g. E06000021.")
            @QueryParam("council") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String council,
            @Parameter(description = "Meetings on or after this day, e.g. 2019-11-01.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Meetings on or before this day, e.g. 2020-12-31.") @QueryParam("to") LocalDate to,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = meetings.list(new BoardMeetingService.Query(council, from, to), page.hasCursor() ? page.cursorKey(2) : null,
                page.fetchSize());
        return Page.of(rows, page, m -> List.of(m.meetsOn, m.id), BoardMeetingView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a board meeting", description = "One meeting; its ETag is needed to cancel it.")
    public RestResponse<BoardMeetingView> getBoardMeeting(@PathParam("id") UUID id) {
        return Responses.ok(versioned(meetings.get(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER})
    @Operation(summary = "Record a board meeting", description = "Records a meeting of a council's Improvement Board: dfe-admin, "
            + "or a commissioner for that council. Items of per-meeting duties then fall due on its date.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardMeetingRequest.class),
            examples = @ExampleObject(name = "stoke", value = "{\"councilGssCode\":\"E06000021\",\"meetsOn\":\"2019-11-28\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the meeting.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardMeetingView.class)))
    @APIResponse(responseCode = "409", description = "A meeting of that board on that day is already recorded.")
    public RestResponse<BoardMeetingView> recordBoardMeeting(@NotNull @Valid BoardMeetingRequest request) {
        var created = meetings.record(new BoardMeetingService.Record(request.councilGssCode(), request.meetsOn(), request.notes()));
        return Responses.created(URI.create("/v1/board-meetings/" + created.id), versioned(created));
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER})
    @Operation(summary = "Cancel a board meeting", description = "Marks a meeting recorded in error as cancelled (it stays on "
            + "record); its per-meeting due items go. Send the meeting's ETag as If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled.")
    @APIResponse(responseCode = "409", description = "Already cancelled.")
    public RestResponse<BoardMeetingView> cancelBoardMeeting(@PathParam("id") UUID id,
                           @Parameter(description = "ETag of the meeting as read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid CancellationRequest request) {
        return Responses.ok(versioned(meetings.cancel(id, ETags.expected(ifMatch), request.reason())));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Board meeting change history", description = "Every change to the meeting, oldest first.")
    public Page<AuditEntry> getBoardMeetingHistory(@PathParam("id") UUID id,
                                    @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
                                    @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        meetings.get(id);
        return audit.history(BoardMeetingService.AUDIT_TYPE, id.toString(), PageRequest.of(limit, cursor));
    }

    private static Versioned<BoardMeetingView> versioned(BoardMeeting m) {
        return new Versioned<>(BoardMeetingView.of(m), m.version);
    }
}
