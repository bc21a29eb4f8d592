package uk.gov.education.intervention.councils.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import uk.gov.education.intervention.councils.domain.Person;
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

@Path("/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People who hold or held roles, e.g. Commissioners and Directors of Children's Services.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class PersonResource {

    @Inject
    PartyService parties;

    @Inject
    AppointmentService appointments;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List people", description = "People in name order; `q` matches part of the name.")
    public Page<PersonView> listPeople(@Parameter(description = "Part of the name, e.g. brazil.") @QueryParam("q") @Size(max = 200) String q,
                                 @Parameter(description = "Only people of this organisation.") @QueryParam("organisationId") UUID organisationId,
                                 @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.of(parties.listPeople(q, organisationId, Pages.slice(page, 2)), page,
                p -> List.of(p.fullName.toLowerCase(Locale.ROOT), p.id), PartyMapper::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a person", description = "One person; the ETag header is needed to change the record.")
    public RestResponse<PersonView> getPerson(@Parameter(example = "c0000000-0000-4000-8000-000000000001") @PathParam("id") UUID id) {
        return Responses.ok(PartyMapper.versioned(parties.requirePerson(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Record a person", description = "Adds a person who may be appointed to a role.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public RestResponse<PersonView> createPerson(@NotNull @Valid PersonRequest request) {
        Person p = parties.createPerson(PartyMapper.details(request));
        return Responses.created(URI.create("/v1/people/" + p.id), PartyMapper.versioned(p));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Update a person", description = "Replaces the person's details (e.g. new honours). Send If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    public RestResponse<PersonView> updatePerson(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PersonRequest request) {
        return Responses.ok(PartyMapper.versioned(parties.updatePerson(id, ETags.expected(ifMatch), PartyMapper.details(request))));
    }

    @GET
    @Path("/{id}/appointments")
    @Operation(summary = "List a person's appointments", description = "Roles the person holds or held, in order of start date.")
    public Page<AppointmentView> listPersonAppointments(@PathParam("id") UUID id, @QueryParam("activeOn") LocalDate activeOn,
                                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        parties.requirePerson(id);
        return AppointmentResource.list(appointments, new AppointmentService.Query(null, null, id, null, activeOn),
                PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Person change history", description = "Every change to the person's record, oldest first.")
    public Page<AuditEntry> getPersonHistory(@PathParam("id") UUID id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        parties.requirePerson(id);
        return audit.history(PartyService.PERSON, id.toString(), PageRequest.of(limit, cursor));
    }
}
