package uk.gov.education.intervention.councils.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.service.InspectionService;
import uk.gov.education.intervention.platform.audit.AuditEntry;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Roles;

import java.util.UUID;

@Path("/v1/inspections/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Councils")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class InspectionResource {

    @Inject
    InspectionService inspections;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "Get an inspection", description = "One Ofsted inspection with its judgements.")
    public RestResponse<InspectionView> getInspection(@Parameter(example = "a0000000-0000-4000-8000-000000000001") @PathParam("id") UUID id) {
        return Responses.ok(versioned(inspections.require(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Correct an inspection", description = "Replaces a recorded inspection's details, e.g. to fix a date. Send If-Match.")
    @APIResponse(responseCode = "200", description = "Corrected.")
    @APIResponse(responseCode = "409", description = "The inspection was withdrawn.")
    public RestResponse<InspectionView> correctInspection(@PathParam("id") UUID id,
                            @Parameter(description = "ETag of the version being changed.") @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid InspectionRequest request) {
        return Responses.ok(versioned(inspections.update(id, ETags.expected(ifMatch), InspectionMapper.report(request))));
    }

    @POST
    @Path("/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Withdraw an inspection",
            description = "Marks an inspection recorded in error as withdrawn. It stays on record but no longer counts towards the council's rating.")
    @APIResponse(responseCode = "200", description = "Withdrawn.")
    @APIResponse(responseCode = "409", description = "Already withdrawn.")
    public RestResponse<InspectionView> withdrawInspection(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid WithdrawalRequest request) {
        return Responses.ok(versioned(inspections.withdraw(id, ETags.expected(ifMatch), request.reason())));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Inspection change history", description = "Every change to the inspection record, oldest first.")
    public Page<AuditEntry> getInspectionHistory(@PathParam("id") UUID id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        inspections.require(id);
        return audit.history(InspectionService.AUDIT_TYPE, id.toString(), PageRequest.of(limit, cursor));
    }

    private Versioned<InspectionView> versioned(OfstedInspection i) {
        return new Versioned<>(InspectionMapper.view(i, inspections.frameworkOf(i)), i.version);
    }
}
