package uk.gov.education.intervention.councils.rest;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.education.intervention.councils.domain.Partnership;
import uk.gov.education.intervention.councils.domain.PartnershipStatus;
import uk.gov.education.intervention.councils.service.PartnershipService;
import uk.gov.education.intervention.platform.audit.AuditEntry;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Formal partnership arrangements between a council and a strong partner authority.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class PartnershipResource {

    @Inject
    PartnershipService partnerships;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List partnership arrangements", description = "Filter by council or status.")
    public Page<PartnershipView> listPartnerships(@Parameter(description = "For example E06000021.") @QueryParam("council")
                                      @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String council,
                                      @QueryParam("status") PartnershipStatus status,
                                      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return list(partnerships, council, status, PageRequest.of(limit, cursor));
    }

    static Page<PartnershipView> list(PartnershipService partnerships, String council, PartnershipStatus status, PageRequest page) {
        return Page.of(partnerships.list(council, status, Pages.slice(page, 1)), page, p -> List.of(p.id), PartnershipMapper::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a partnership arrangement", description = "One arrangement; the ETag header is needed to change it.")
    public RestResponse<PartnershipView> getPartnership(@Parameter(example = "e0000000-0000-4000-8000-000000000001") @PathParam("id") UUID id) {
        return Responses.ok(PartnershipMapper.versioned(partnerships.require(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Record a partnership arrangement", description = "A partnership a direction requires, or one agreed.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "422", description = "The partner is not another local authority, or agreed terms lack a partner or date.")
    public RestResponse<PartnershipView> createPartnership(@NotNull @Valid PartnershipRequest request) {
        Partnership p = partnerships.create(PartnershipMapper.arrangement(request));
        return Responses.created(URI.create("/v1/partnerships/" + p.id), PartnershipMapper.versioned(p));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Update a partnership arrangement",
            description = "Records progress: the partner chosen, the date the Secretary of State agreed the terms, the status. Send If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "422", description = "A rule refused it.")
    public RestResponse<PartnershipView> updatePartnership(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PartnershipRequest request) {
        return Responses.ok(PartnershipMapper.versioned(partnerships.update(id, ETags.expected(ifMatch), PartnershipMapper.arrangement(request))));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Partnership change history", description = "Every change to the arrangement, oldest first.")
    public Page<AuditEntry> getPartnershipHistory(@PathParam("id") UUID id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        partnerships.require(id);
        return audit.history(PartnershipService.AUDIT_TYPE, id.toString(), PageRequest.of(limit, cursor));
    }
}
