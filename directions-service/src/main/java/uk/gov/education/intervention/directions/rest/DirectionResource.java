package uk.gov.education.intervention.directions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.domain.References;
import uk.gov.education.intervention.directions.domain.Direction;
import uk.gov.education.intervention.directions.domain.DirectionKey;
import uk.gov.education.intervention.directions.service.DirectionService;
import uk.gov.education.intervention.directions.service.DraftService;
import uk.gov.education.intervention.directions.service.IssueService;
import uk.gov.education.intervention.directions.service.RevocationService;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.audit.AuditEntry;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Path("/v1/directions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directions", description = "Statutory directions to councils as structured documents. Issued and revoked directions are public "
        + "records any authenticated role may read; drafts are seen by Department roles only; only dfe-admin drafts, issues and revokes.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class DirectionResource {

    static final String TEXT_HTML = "text/html;charset=UTF-8";
    static final String TEXT_PLAIN = "text/plain;charset=UTF-8";

    static final String DRAFT_EXAMPLE = """
            {
              "councilGssCode": "E06000021",
              "date": "2021-06-30",
              "title": "STATUTORY DIRECTION TO STOKE-ON-TRENT CITY COUNCIL IN RELATION TO CHILDREN'S SERVICES UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996",
              "statutoryBasis": "section 497A(4B) of the Education Act 1996",
              "signatory": {"name": "A. Signatory", "capacity": "A Senior Civil Servant in the Department for Education",
                            "onBehalfOf": "the Secretary of State for Education"},
              "revokes": "E06000021-2019-10-31",
              "recitals": [
                {"number": "1", "text": "The Secretary of State has carefully considered the Commissioner's report.",
                 "citations": [{"kind": "COMMISSIONER_REPORT", "month": "2021-05"}]}
              ],
              "clauses": [
                {"number": "2", "text": "The Secretary of State directs the Council as follows:",
                 "items": [{"number": "a", "label": "a.", "text": "To provide a monthly progress report to the Department for Education."}]}
              ],
              "duties": [
                {"code": "monthly-progress-report", "clause": "2.a", "kind": "PROGRESS_REPORT", "title": "Monthly progress report",
                 "providers": ["COUNCIL"], "recipient": "DEPARTMENT_FOR_EDUCATION", "cadence": {"type": "MONTHLY"}}
              ]
            }""";

    @Inject
    DirectionService directions;

    @Inject
    DraftService drafts;

    @Inject
    IssueService issues;

    @Inject
    RevocationService revocations;

    @Inject
    DirectionMapper mapper;

    @Inject
    RenderedDirections rendered;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List directions",
            description = "Directions in date order (then by reference), without their text. Filter by council, status "
                    + "(comma-separated or repeated) and the date on which they were in force: a direction is in force from its date "
                    + "until the day before it was revoked. Drafts are listed for Department roles only.")
    @APIResponse(responseCode = "200", description = "A page of directions.")
    public Page<DirectionSummary> listDirections(
            @Parameter(description = "Council GSS code, e.g. E06000021.")
            @QueryParam("council") @Pattern(regexp = References.GSS, message = References.GSS_MESSAGE) String council,
            @Parameter(description = "DRAFT, ISSUED or REVOKED; repeat the parameter, or separate several with commas, e.g. ISSUED, REVOKED.")
            @QueryParam("status") List<String> status,
            @Parameter(description = "Only directions in force on this date, e.g. 2019-12-01.") @QueryParam("inForceOn") LocalDate inForceOn,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        Set<DirectionStatus> statuses = StatusParameter.parse(status, Set.of());
        return list(directions, mapper, new DirectionService.Query(council, statuses, inForceOn), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "Get a direction",
            description = "A direction in full: recitals with the reports they cite, the failing functions, the directives as a clause "
                    + "tree with stable references (7.e.a), annexes, and the duties with the clause that imposes each. The ETag is "
                    + "needed to edit, issue or revoke it.")
    @APIResponse(responseCode = "200", description = "The direction.")
    public RestResponse<DirectionView> getDirection(@Parameter(description = "Council GSS code and the direction's date.", example = "E06000021-2019-10-31")
                        @PathParam("reference") @Pattern(regexp = References.DIRECTION, message = References.DIRECTION_MESSAGE) String reference) {
        return Responses.ok(rendered.versioned(directions.require(reference)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Draft a direction",
            description = "Records a draft. Its reference is the council's GSS code and its date, and never changes. The text is "
                    + "checked for shape (each clause with a reference of its own; duties, functions and citations pointing at clauses "
                    + "that exist); the council is checked with councils-service when the direction is issued.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "draft", summary = "A short draft that would revoke Stoke-on-Trent's second direction", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Drafted; Location names the direction, ETag its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectionView.class)))
    @APIResponse(responseCode = "409", description = "The council already has a direction of that date.")
    @APIResponse(responseCode = "422", description = "`revokes` names no issued direction (rule revoked-direction-unknown).")
    public RestResponse<DirectionView> createDirection(@NotNull @Valid DirectionRequest request) {
        var created = mapper.versioned(drafts.create(TextJson.draft(request)));
        return Responses.created(URI.create("/v1/directions/" + created.body().reference()), created);
    }

    @PUT
    @Path("/{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Edit a draft",
            description = "Replaces a draft's title, signatory, text and duties. Send the ETag you read as If-Match. Issued and revoked "
                    + "directions are frozen: editing one is a 409 problem and changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "draft", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Edited; the new ETag.")
    @APIResponse(responseCode = "409", description = "The direction is issued or revoked (direction-issued).")
    @APIResponse(responseCode = "422", description = "The council or date differ from the reference (reference-is-fixed), or `revokes` names no issued direction.")
    public RestResponse<DirectionView> updateDirection(@Parameter(example = "E06000021-2021-06-30")
                           @PathParam("reference") @Pattern(regexp = References.DIRECTION, message = References.DIRECTION_MESSAGE) String reference,
                           @Parameter(description = "ETag of the version being changed.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid DirectionRequest request) {
        return Responses.ok(mapper.versioned(drafts.update(reference, ETags.expected(ifMatch), TextJson.draft(request))));
    }

    @POST
    @Path("/{reference}/issue")
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Issue a direction",
            description = "Issues a draft: confirms the council with councils-service, freezes the text and, when the direction revokes "
                    + "an earlier one, revokes that one on this direction's date in the same transaction. A council has one direction in "
                    + "force at a time: a draft issued while another is in force must name it in `revokes`. Send the draft's ETag as If-Match. "
                    + "When councils-service cannot answer, nothing is stored and the answer is 503.")
    @APIResponse(responseCode = "200", description = "Issued; the direction with its new ETag.")
    @APIResponse(responseCode = "409", description = "The direction is already issued or revoked (direction-issued).")
    @APIResponse(responseCode = "422", description = "A rule refused it: unknown-council (councils-service has no such council), "
            + "incomplete-direction (no statutory basis, signatory, recitals or directives), revoked-direction-not-in-force, "
            + "direction-in-force (another direction of the council is in force on this one's date and it does not revoke it), "
            + "later-direction-issued (a direction of a later date is already issued to the council).")
    @APIResponse(responseCode = "503", description = "councils-service is unavailable (dependency-unavailable); nothing was changed. Retry later.")
    public RestResponse<DirectionView> issueDirection(@Parameter(example = "E06000021-2021-06-30")
                          @PathParam("reference") @Pattern(regexp = References.DIRECTION, message = References.DIRECTION_MESSAGE) String reference,
                          @Parameter(description = "ETag of the draft being issued.", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(mapper.versioned(issues.issue(reference, ETags.expected(ifMatch))));
    }

    @POST
    @Path("/{reference}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Revoke a direction",
            description = "Revokes an issued direction from a date without a successor (a direction that replaces another revokes it "
                    + "when issued). It is in force until the day before revokedOn. Send its ETag as If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "revocation",
            value = "{\"revokedOn\": \"2021-03-31\", \"reason\": \"Revoked by the Secretary of State: sufficient and sustained improvement.\"}")))
    @APIResponse(responseCode = "200", description = "Revoked.")
    @APIResponse(responseCode = "409", description = "The direction is a draft (not-issued) or already revoked (already-revoked).")
    @APIResponse(responseCode = "422", description = "revokedOn is not after the direction's date (revocation-date).")
    public RestResponse<DirectionView> revokeDirection(@Parameter(example = "E06000021-2019-10-31")
                           @PathParam("reference") @Pattern(regexp = References.DIRECTION, message = References.DIRECTION_MESSAGE) String reference,
                           @Parameter(description = "ETag of the direction.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid RevocationRequest request) {
        return Responses.ok(mapper.versioned(
                revocations.revoke(reference, ETags.expected(ifMatch), request.revokedOn(), request.reason())));
    }

    @GET
    @Path("/{reference}/history")
    @Operation(summary = "Direction change history",
            description = "Every change to the direction, oldest first: drafted, edited, issued, revoked, with who and what changed. "
                    + "Drafts are the Department's own: other roles see the history from the direction's issue on.")
    @APIResponse(responseCode = "200", description = "A page of the history.")
    public Page<AuditEntry> getDirectionHistory(@Parameter(example = "E06000021-2019-10-31")
                                    @PathParam("reference") @Pattern(regexp = References.DIRECTION, message = References.DIRECTION_MESSAGE) String reference,
                                    @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
                                    @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        DirectionService.HistoryScope scope = directions.history(reference);
        return scope.whole() ? audit.history(scope.entityType(), scope.entityId(), page)
                : audit.historySince(scope.entityType(), scope.entityId(), scope.fromActions(), page);
    }

    @GET
    @Path("/{reference}/document")
    @Produces({TEXT_HTML, TEXT_PLAIN})
    @Operation(summary = "Read a direction as a document",
            description = "The direction rendered from its structure, numbered and worded as issued: HTML or plain text, chosen by the "
                    + "Accept header or by `format` (html or text), which wins. Drafts and revoked directions say so at the top.")
    @APIResponse(responseCode = "200", description = "The document.", content = {
            @Content(mediaType = "text/plain", examples = @ExampleObject(name = "text", value = """
                    STATUTORY DIRECTION TO MEDWAY COUNCIL IN RELATION TO CHILDREN'S SERVICES UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996

                    WHEREAS:

                    1. The Secretary of State for Education ("the Secretary of State") has noted in respect of Medway Council ...
                    """)),
            @Content(mediaType = "text/html", examples = @ExampleObject(name = "html",
                    value = "<!DOCTYPE html><html lang=\"en-GB\">...<div class=\"clause\" id=\"clause-8.e\"><p><span class=\"number\">e.</span> To co-operate ...</p></div>..."))})
    public Response getDirectionDocument(@Parameter(example = "E06000035-2020-01-07")
                             @PathParam("reference") @Pattern(regexp = References.DIRECTION, message = References.DIRECTION_MESSAGE) String reference,
                             @Parameter(description = "html or text; overrides Accept, e.g. text.") @QueryParam("format") String format,
                             @Context HttpHeaders headers) {
        boolean html = wantsHtml(format, headers);
        Direction d = directions.require(reference);
        String body = html ? rendered.html(d) : rendered.plainText(d);
        return Response.ok(body, html ? TEXT_HTML : TEXT_PLAIN)
                .header(HttpHeaders.ETAG, ETags.of(d.version))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    /** A page of directions as the query selects them, in date order, then by reference. */
    static Page<DirectionSummary> list(DirectionService directions, DirectionMapper mapper, DirectionService.Query query,
                                       PageRequest page) {
        DirectionKey after = null;
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            after = new DirectionKey(cursorDate(key.get(0)), key.get(1));
        }
        List<Direction> rows = directions.list(query, after, page.fetchSize());
        return Page.of(rows, page, d -> List.of(d.date, d.reference), mapper::summary);
    }

    private static LocalDate cursorDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
        }
    }

    private static boolean wantsHtml(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "html" -> true;
                case "text" -> false;
                default -> throw Problems.invalidField("format", "must be html or text");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || MediaType.TEXT_HTML_TYPE.isCompatible(accepted)) {
                return true;
            }
            if (MediaType.TEXT_PLAIN_TYPE.isCompatible(accepted)) {
                return false;
            }
        }
        return true;
    }
}
