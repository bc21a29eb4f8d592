package uk.gov.education.intervention.councils.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.CouncilCard;
import uk.gov.education.intervention.councils.domain.CouncilType;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.domain.Region;
import uk.gov.education.intervention.councils.service.AppointmentService;
import uk.gov.education.intervention.councils.service.CouncilService;
import uk.gov.education.intervention.councils.service.InspectionService;
import uk.gov.education.intervention.councils.service.PartnershipService;
import uk.gov.education.intervention.platform.audit.AuditEntry;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Path("/v1/councils")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Councils", description = "Councils, their Ofsted inspections and current rating. Public facts: any authenticated role may read; only dfe-admin may change.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class CouncilResource {

    @Inject
    CouncilService councils;

    @Inject
    InspectionService inspections;

    @Inject
    AppointmentService appointments;

    @Inject
    PartnershipService partnerships;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List councils",
            description = "Councils in GSS-code order with their current Ofsted rating. Filter by region or type, or fetch a known set "
                    + "at once with repeated `gss` parameters (up to 200).")
    public Page<CouncilView> listCouncils(
            @Parameter(description = "Only these GSS codes (repeat the parameter), e.g. E06000021, E06000035.")
            @QueryParam("gss") List<@Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String> gss,
            @Parameter(description = "Only councils in this region.") @QueryParam("region") Region region,
            @Parameter(description = "Only councils of this type.") @QueryParam("type") CouncilType type,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<Council> rows = councils.list(gss, region, type, Pages.slice(page, 1));
        Map<Long, OfstedInspection> ratings = councils.ratings(rows);
        return Page.of(rows, page, c -> List.of(c.gssCode), c -> CouncilMapper.view(c, ratings.get(c.id)));
    }

    @GET
    @Path("/{gss}")
    @Operation(summary = "Get a council", description = "One council with its current Ofsted rating. The ETag header is needed to update it.")
    @APIResponse(responseCode = "200", description = "The council.")
    public RestResponse<CouncilView> getCouncil(@Parameter(example = "E06000021") @PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss) {
        CouncilCard c = councils.card(gss);
        return Responses.ok(new Versioned<>(CouncilMapper.view(c), c.version()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Record a council", description = "Adds a council. Its GSS code is its permanent public identifier.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the council.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouncilView.class)))
    @APIResponse(responseCode = "409", description = "The GSS code or local-authority code is already recorded.")
    public RestResponse<CouncilView> createCouncil(@NotNull @Valid CouncilRequest request) {
        Council c = councils.create(request.gssCode(), CouncilMapper.details(request));
        return Responses.created(URI.create("/v1/councils/" + request.gssCode()), new Versioned<>(CouncilMapper.view(c, null), c.version));
    }

    @PUT
    @Path("/{gss}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Update a council", description = "Replaces a council's details. Send the ETag you read as If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The local-authority code belongs to another council.")
    public RestResponse<CouncilView> updateCouncil(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
                           @Parameter(description = "ETag of the version being changed.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid CouncilUpdate request) {
        Council c = councils.update(gss, ETags.expected(ifMatch), CouncilMapper.details(request));
        return Responses.ok(new Versioned<>(CouncilMapper.view(c, councils.rating(c)), c.version));
    }

    @GET
    @Path("/{gss}/history")
    @Operation(summary = "Council change history", description = "Every change to the council's details, oldest first.")
    public Page<AuditEntry> getCouncilHistory(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
                                    @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        councils.require(gss);
        return audit.history(CouncilService.AUDIT_TYPE, gss, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{gss}/inspections")
    @Operation(summary = "List a council's inspections", description = "Ofsted inspections, newest publication first, withdrawn ones included and marked.")
    public Page<InspectionView> listCouncilInspections(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
                                            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(inspections.listForCouncil(gss, Pages.slice(page, 2)), page, i -> List.of(i.publishedOn, i.id),
                i -> InspectionMapper.view(i, inspections.frameworkOf(i)));
    }

    @POST
    @Path("/{gss}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Record an inspection",
            description = "Records a published Ofsted inspection with its overall judgement and the judgements of the framework's areas it graded. "
                    + "The council's current rating follows the latest published inspection.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the inspection.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    public RestResponse<InspectionView> createInspection(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
                                  @NotNull @Valid InspectionRequest request) {
        OfstedInspection i = inspections.create(gss, InspectionMapper.report(request));
        return Responses.created(URI.create("/v1/inspections/" + i.id),
                new Versioned<>(InspectionMapper.view(i, inspections.frameworkOf(i)), i.version));
    }

    @GET
    @Path("/{gss}/appointments")
    @Operation(summary = "List a council's appointments",
            description = "Who holds which role for the council, in order of start date. `activeOn` gives those active on a date; `role` one role.")
    public Page<AppointmentView> listCouncilAppointments(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
                                              @Parameter(description = "Only appointments active on this date, e.g. 2020-01-31.")
                                              @QueryParam("activeOn") LocalDate activeOn,
                                              @Parameter(description = "Only this role, e.g. PARTNER_IN_PRACTICE.")
                                              @QueryParam("role") @Size(max = 60) String role,
                                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return AppointmentResource.list(appointments, new AppointmentService.Query(gss, role, null, null, activeOn),
                PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{gss}/partnerships")
    @Operation(summary = "List a council's partnership arrangements", description = "Formal partnerships required of or made by the council.")
    public Page<PartnershipView> listCouncilPartnerships(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
                                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return PartnershipResource.list(partnerships, gss, null, PageRequest.of(limit, cursor));
    }
}
