package uk.gov.education.intervention.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.security.Roles;

@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, and when, across this service's records.")
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    @RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST})
    @Operation(summary = "List audit history",
            description = "Every change this service has recorded, oldest first, optionally for one kind of record "
                    + "or one record. Department roles only; each resource also offers the history of its own records.")
    public Page<AuditEntry> listAuditEvents(
            @Parameter(description = "Kind of record, e.g. `council`, `appointment`.")
            @QueryParam("entityType") @Size(max = 60) String entityType,
            @Parameter(description = "The record's public identifier.") @QueryParam("entityId") @Size(max = 200) String entityId,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        return log.history(entityType, entityId, PageRequest.of(limit, cursor));
    }
}
