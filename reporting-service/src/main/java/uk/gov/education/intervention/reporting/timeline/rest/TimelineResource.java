package uk.gov.education.intervention.reporting.timeline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.platform.rest.Degraded;
import uk.gov.education.intervention.platform.rest.Bounds;
import uk.gov.education.intervention.platform.rest.Cursor;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.rest.Gss;
import uk.gov.education.intervention.reporting.timeline.domain.Position;
import uk.gov.education.intervention.reporting.timeline.service.TimelineService;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Path("/v1/councils/{gss}/timeline")
@Tag(name = "Timeline", description = "Everything that happened to a council's intervention, in one ordered list.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class TimelineResource {

    @Inject
    TimelineService timeline;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A council's timeline",
            description = "Inspections and their judgements, directions issued and revoked, appointments made, continued and ended, "
                    + "partnership terms agreed (from councils-service and directions-service), items falling due, submissions "
                    + "received, returned and accepted, and review outcomes, oldest first: by day, then kind, then id; each links to "
                    + "its record in the service that owns it. A page asks councils-service and directions-service once each, "
                    + "whatever the length of the history. When one cannot answer, the page lists what the others gave, with "
                    + "`degraded: true` and a `missing` list. Read by DfE staff, the council's own staff, its "
                    + "Commissioner and the organisations appointed for it (its partner authorities).")
    @APIResponse(responseCode = "200", description = "A page of the timeline.",
            headers = @Header(name = Degraded.HEADER, description = Degraded.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineView.class)))
    @APIResponse(responseCode = "404", description = "councils-service records no such council.")
    public Response getTimeline(
            @Parameter(description = "Council GSS code.", example = "E06000021")
            @PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @Parameter(description = "First day (inclusive), e.g. 2019-01-01.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive), e.g. 2020-12-31.") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only these kinds, comma-separated or repeated, e.g. DIRECTION_ISSUED,SUBMISSION_ACCEPTED "
                    + "(default: every kind).") @QueryParam("kinds") List<String> kinds,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        Position after = page.hasCursor() ? Position.of(Cursor.decode(page.cursor(), 3)) : null;
        TimelineService.Page answer = timeline.timeline(new TimelineService.Query(gss, from == null ? Bounds.EARLIEST_DATE : from,
                to == null ? Bounds.LATEST_DATE : to, kinds(kinds), after, page.limit()));
        TimelineView view = TimelineView.of(gss, answer, page.limit());
        return Degraded.mark(Response.ok(view, MediaType.APPLICATION_JSON_TYPE), view.missing()).build();
    }

    private static Set<String> kinds(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String k : value.split(",", -1)) {
                out.add(k.trim());
            }
        }
        return out;
    }
}
