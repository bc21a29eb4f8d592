package uk.gov.education.intervention.councils.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.councils.domain.CouncilEventKind;
import uk.gov.education.intervention.councils.service.CouncilEventService;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.Bounds;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.StrictQueryParameters;
import uk.gov.education.intervention.platform.security.Roles;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Path("/v1/councils/{gss}/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Councils")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST})
public class CouncilEventResource {

    @Inject
    CouncilEventService events;

    @GET
    @Operation(summary = "What happened to a council",
            description = "The council's inspections published, appointments made, continued (a renewal or extension) and ended, and "
                    + "partnership terms agreed, oldest first: by day, then kind name, then id. `cursor` is a `next` of this list, or "
                    + "the position (day, kind, id) of an event of any service in the suite's cursor form, so that a caller merging "
                    + "several services' events reads each after the last it showed. A page costs one bounded query per kind. "
                    + "Department roles only (reporting-service asks with its own token).")
    @APIResponse(responseCode = "200", description = "A page of events, oldest first.")
    @APIResponse(responseCode = "404", description = "The council is not recorded.")
    public Page<CouncilEventView> listCouncilEvents(
            @Parameter(description = "Council GSS code.", example = "E06000021")
            @PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @Parameter(description = "First day (inclusive), e.g. 2019-01-01.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive), e.g. 2020-12-31.") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only these kinds, comma-separated or repeated: " + "APPOINTMENT_ENDED, APPOINTMENT_EXTENDED, "
                    + "APPOINTMENT_MADE, INSPECTION_PUBLISHED, PARTNERSHIP_AGREED (default: all).")
            @QueryParam("kinds") List<String> kinds,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page, or a position.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        CouncilEventService.Query q = new CouncilEventService.Query(gss, from == null ? Bounds.EARLIEST_DATE : from,
                to == null ? Bounds.LATEST_DATE : to, kinds(kinds));
        return Page.of(events.events(q, Pages.slice(page, 3)), page, e -> List.of(e.on(), e.kind().name(), e.id()),
                CouncilEventView::of);
    }

    static Set<CouncilEventKind> kinds(List<String> values) {
        Set<CouncilEventKind> out = EnumSet.noneOf(CouncilEventKind.class);
        if (values == null) {
            return out;
        }
        for (String value : values) {
            for (String k : value.split(",", -1)) {
                try {
                    out.add(CouncilEventKind.valueOf(k.trim()));
                } catch (IllegalArgumentException e) {
                    throw Problems.invalidField("kinds", "'" + StrictQueryParameters.shortened(k.trim()) + "' is not a kind of event; "
                            + "the kinds are " + CouncilEventKind.NAMES);
                }
            }
        }
        return out;
    }
}
