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
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.OrganisationKind;
import uk.gov.education.intervention.councils.service.AppointmentService;
import uk.gov.education.intervention.councils.service.PartyService;
import uk.gov.education.intervention.platform.audit.AuditEntry;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Local authorities, the Department and other bodies that hold roles.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class OrganisationResource {

    @Inject
    PartyService parties;

    @Inject
    AppointmentService appointments;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List organisations", description = "Organisations in name order; `q` matches part of the name.")
    public Page<OrganisationView> listOrganisations(@Parameter(description = "Part of the name, e.g. stockport.") @QueryParam("q") @Size(max = 200) String q,
                                       @QueryParam("kind") OrganisationKind kind,
                                       @Parameter(description = "The local authority of this council, e.g. E08000007.")
                                       @QueryParam("councilGssCode") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String councilGssCode,
                                       @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(parties.listOrganisations(q, kind, councilGssCode, Pages.slice(page, 2)), page,
                o -> List.of(o.name.toLowerCase(Locale.ROOT), o.id), PartyMapper::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an organisation", description = "One organisation; the ETag header is needed to change it.")
    public RestResponse<OrganisationView> getOrganisation(@Parameter(example = "b0000000-0000-4000-8000-000000000007") @PathParam("id") UUID id) {
        return Responses.ok(PartyMapper.versioned(parties.requireOrganisation(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Record an organisation", description = "A local authority names its council; other kinds do not.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "409", description = "The council already has an organisation.")
    public RestResponse<OrganisationView> createOrganisation(@NotNull @Valid OrganisationRequest request) {
        Organisation o = parties.createOrganisation(PartyMapper.details(request));
        return Responses.created(URI.create("/v1/organisations/" + o.id), PartyMapper.versioned(o));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Update an organisation", description = "Replaces the organisation's details. Send If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The council already has another organisation.")
    public RestResponse<OrganisationView> updateOrganisation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid OrganisationRequest request) {
        return Responses.ok(PartyMapper.versioned(parties.updateOrganisation(id, ETags.expected(ifMatch), PartyMapper.details(request))));
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Retire an organisation", description = "It stays on record, with its past appointments, but cannot be appointed again. Send If-Match.")
    @APIResponse(responseCode = "200", description = "Retired.")
    public RestResponse<OrganisationView> retireOrganisation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid WithdrawalRequest request) {
        return Responses.ok(PartyMapper.versioned(parties.retireOrganisation(id, ETags.expected(ifMatch), request.reason())));
    }

    @GET
    @Path("/{id}/appointments")
    @Operation(summary = "List an organisation's appointments", description = "Roles the organisation holds or held, in order of start date.")
    public Page<AppointmentView> listOrganisationAppointments(@PathParam("id") UUID id, @QueryParam("activeOn") LocalDate activeOn,
                                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        parties.requireOrganisation(id);
        return AppointmentResource.list(appointments, new AppointmentService.Query(null, null, null, id, activeOn),
                PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Organisation change history", description = "Every change to the organisation, oldest first.")
    public Page<AuditEntry> getOrganisationHistory(@PathParam("id") UUID id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        parties.requireOrganisation(id);
        return audit.history(PartyService.ORGANISATION, id.toString(), PageRequest.of(limit, cursor));
    }
}
