package uk.gov.education.intervention.reporting.schedule.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.platform.rest.Degraded;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemStatus;
import uk.gov.education.intervention.reporting.schedule.service.DueItemService;

import java.time.LocalDate;
import uk.gov.education.intervention.reporting.rest.Gss;
import uk.gov.education.intervention.platform.rest.Page;
import java.util.List;

@Path("/v1/due-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules", description = "The concrete due items of every direction's reporting duties, computed from "
        + "directions-service's duties with the statutory date rules, and their status.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class DueItemResource {

    private static final String ITEM_EXAMPLE = """
            {"id":"E06000021-2019-10-31.performance-review.2020-01-31","councilGssCode":"E06000021",
             "directionReference":"E06000021-2019-10-31","dutyId":"E06000021-2019-10-31/performance-review","clause":"7.e.b",
             "citations":["7.e.b","Annex.3.h"],"kind":"PERFORMANCE_REVIEW",
             "title":"Formal performance review at 3-monthly intervals from the date of the direction, led by the Commissioner",
             "recipient":"DEPARTMENT_FOR_EDUCATION","providers":["CHILDRENS_SERVICES_COMMISSIONER","COUNCIL"],
             "cadence":{"type":"EVERY_N_MONTHS","months":3,"anchor":"DIRECTION_DATE","anchorBasis":"STATED",
              "rule":"every 3 months from 31 October 2019, on the same day of the month or the month's last day"},
             "periodStart":"2019-11-01","periodEnd":"2020-01-31","dueOn":"2020-01-31",
             "deadline":"2020-01-31","status":"OVERDUE","directionStatus":"ISSUED"}""";

    @Inject
    DueItemService dueItems;

    @GET
    @Operation(summary = "List due items",
            description = "Due items in due-date order, for one council or (without `council`) every council the caller reaches. "
                    + "Issued directions' duties run to `to` (default: the schedule horizon, 12 months ahead); revoked ones stop at "
                    + "revocation, and an item that would have fallen due after it is WITHDRAWN. A partner authority (a "
                    + "council-reporter whose organisation holds an active partner appointment for the council) sees only the "
                    + "items its roles owe. When directions-service is unreachable the last copy of its duties is used and "
                    + "`degraded` says so.")
    @APIResponse(responseCode = "200", description = "A page of due items.",
            headers = @Header(name = Degraded.HEADER, description = Degraded.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DueItemPage.class),
                    examples = @ExampleObject(name = "stoke", value = "{\"items\":[" + ITEM_EXAMPLE + "],\"limit\":50,\"degraded\":false,\"missing\":[]}")))
    @APIResponse(responseCode = "503", description = "directions-service is unreachable and no copy of its duties is kept.")
    public Response listDueItems(
            @Parameter(description = "Council GSS code, e.g. E06000021.")
            @QueryParam("council") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String council,
            @Parameter(description = "Only items due on or after this day, e.g. 2020-01-01.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only items due on or before this day (default: 12 months ahead), e.g. 2020-12-31.")
            @QueryParam("to") LocalDate to,
            @Parameter(description = "Only items with this status, e.g. OVERDUE.") @QueryParam("status") DueItemStatus status,
            @Parameter(description = "Only this kind of duty, e.g. PERFORMANCE_REVIEW.")
            @QueryParam("kind") @Pattern(regexp = "[A-Z_]{1,40}", message = "must be a duty kind such as PROGRESS_REPORT") String kind,
            @Parameter(description = "Only this duty, e.g. E06000021-2019-10-31/performance-review.")
            @QueryParam("dutyId") @Size(max = 200) String dutyId,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        DueItemService.Listing listing = dueItems.list(new DueItemService.Query(council, from, to, status, kind, dutyId),
                request.hasCursor() ? request.cursorKey(2) : null, request.fetchSize());
        Page<DueItemView> items = Page.of(listing.items(), request,
                s -> List.of(s.state().item().due().dueOn(), s.state().item().id().toString()), DueItemView::of);
        DueItemPage page = new DueItemPage(items.items(), items.next(), items.limit(), !listing.missing().isEmpty(), listing.missing(),
                listing.dutiesAsOf());
        return Degraded.mark(Response.ok(page), listing.missing()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a due item", description = "One due item by its stable identifier, with its status today.")
    @APIResponse(responseCode = "200", description = "The due item.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DueItemView.class),
                    examples = @ExampleObject(name = "performance-review", value = ITEM_EXAMPLE)))
    @APIResponse(responseCode = "503", description = "directions-service is unreachable and no copy of its duties is kept.")
    public DueItemView getDueItem(@Parameter(example = "E06000021-2019-10-31.performance-review.2020-01-31")
                           @PathParam("id") @Pattern(regexp = DueItemId.PATTERN, message = DueItemId.MESSAGE) String id) {
        return DueItemView.of(dueItems.get(id));
    }
}
