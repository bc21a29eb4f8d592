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
import uk.gov.education.intervention.directions.domain.References;
import uk.gov.education.intervention.directions.service.DirectionService;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.security.Roles;

import java.util.Set;

@Path("/v1/councils/{gss}/directions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directions")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class CouncilDirectionsResource {

    @Inject
    DirectionService directions;

    @Inject
    DirectionMapper mapper;

    @GET
    @Operation(summary = "A council's chain of directions",
            description = "Every direction to the council in date order, each with the one it revokes and the one that revoked it. "
                    + "Drafts are included for Department roles only. A council with no directions gives an empty list.")
    @APIResponse(responseCode = "200", description = "A page of the chain, oldest first.")
    public Page<DirectionSummary> listCouncilDirections(
            @Parameter(description = "Council GSS code.", example = "E06000021")
            @PathParam("gss") @Pattern(regexp = References.GSS, message = References.GSS_MESSAGE) String gss,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        return DirectionResource.list(directions, mapper, new DirectionService.Query(gss, Set.of(), null), PageRequest.of(limit, cursor));
    }
}
