package uk.gov.education.intervention.councils.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.councils.domain.OfstedFramework;
import uk.gov.education.intervention.councils.service.ReferenceDataService;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.security.Roles;

import java.util.List;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Ofsted frameworks with their judgement areas, and the roles of an intervention.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class ReferenceDataResource {

    @Inject
    ReferenceDataService referenceData;

    @GET
    @Path("/ofsted-frameworks")
    @Operation(summary = "List Ofsted frameworks",
            description = "Every inspection framework with the areas it grades, oldest first. The whole list fits one page.")
    public Page<FrameworkView> listOfstedFrameworks() {
        List<FrameworkView> all = referenceData.frameworks().stream()
                .map(ReferenceDataResource::view).toList();
        return new Page<>(all, null, all.size());
    }

    @GET
    @Path("/ofsted-frameworks/{code}")
    @Operation(summary = "Get an Ofsted framework", description = "One framework and the areas it grades.")
    public FrameworkView getOfstedFramework(@Parameter(example = "ILACS_2018") @PathParam("code") @Size(max = 40) String code) {
        return view(referenceData.framework(code));
    }

    @GET
    @Path("/roles")
    @Operation(summary = "List roles", description = "The roles a person or organisation can be appointed to. The whole list fits one page.")
    public Page<RoleView> listRoles() {
        List<RoleView> all = referenceData.roles().stream()
                .map(r -> new RoleView(r.code, r.name, r.holderKind, r.councilScoped, r.description)).toList();
        return new Page<>(all, null, all.size());
    }

    private static FrameworkView view(OfstedFramework f) {
        return new FrameworkView(f.code, f.name, f.inForceFrom, f.inForceTo,
                f.areas.stream().map(a -> new FrameworkView.Area(a.code, a.name)).toList());
    }
}
