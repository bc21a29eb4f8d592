package uk.gov.education.intervention.directions.rest;

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
import uk.gov.education.intervention.directions.domain.DirectionEvent;
import uk.gov.education.intervention.directions.domain.References;
import uk.gov.education.intervention.directions.service.DirectionEventService;
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

@Path("/v1/councils/{gss}/directions/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directions")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST})
public class DirectionEventResource {

    private static final String KINDS = "DIRECTION_ISSUED, DIRECTION_REVOKED";

    @Inject
    DirectionEventService events;

    @GET
    @Operation(summary = "A council's directions issued and revoked",
            description = "Oldest first: by day, then kind name, then reference. `cursor` is a `next` of this list, or the position "
                    + "(day, kind, id) of an event of any service in the suite's cursor form, so that a caller merging several "
                    + "services' events reads each after the last it showed. A page costs one bounded query per kind. Department "
                    + "roles only (reporting-service asks with its own token). A council with no directions gives an empty list.")
    @APIResponse(responseCode = "200", description = "A page of events, oldest first.")
    public Page<DirectionEventView> listDirectionEvents(
            @Parameter(description = "Council GSS code.", example = "E06000021")
            @PathParam("gss") @Pattern(regexp = References.GSS, message = References.GSS_MESSAGE) String gss,
            @Parameter(description = "First day (inclusive), e.g. 2019-01-01.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive), e.g. 2020-12-31.") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only these kinds, comma-separated or repeated: " + KINDS + " (default: both).")
            @QueryParam("kinds") List<String> kinds,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page, or a position.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        DirectionEventService.Query q = new DirectionEventService.Query(gss, from == null ? Bounds.EARLIEST_DATE : from,
                to == null ? Bounds.LATEST_DATE : to, kinds(kinds), page.hasCursor() ? position(page.cursorKey(3)) : null,
                page.fetchSize());
        return Page.of(events.events(q), page, e -> List.of(e.on(), e.kind().name(), e.reference()), DirectionEventView::of);
    }

    private static DirectionEventService.Position position(List<String> key) {
        try {
            if (!key.get(1).matches("[A-Z][A-Z_]{0,59}") || key.get(2).length() > 200) {
                throw new IllegalArgumentException("not a position");
            }
            return new DirectionEventService.Position(LocalDate.parse(key.get(0)), key.get(1), key.get(2));
        } catch (RuntimeException e) {
            throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
        }
    }

    static Set<DirectionEvent.Kind> kinds(List<String> values) {
        Set<DirectionEvent.Kind> out = EnumSet.noneOf(DirectionEvent.Kind.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String k : value.split(",", -1)) {
                try {
                    out.add(DirectionEvent.Kind.valueOf(k.trim()));
                } catch (IllegalArgumentException e) {
                    throw Problems.invalidField("kinds", "'" + StrictQueryParameters.shortened(k.trim()) + "' is not a kind of event; "
                            + "the kinds are " + KINDS);
                }
            }
        }
        return out;
    }
}
