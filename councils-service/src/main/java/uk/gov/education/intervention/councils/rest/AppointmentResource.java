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
import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.service.AppointmentRenewals;
import uk.gov.education.intervention.councils.service.AppointmentService;
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
import java.util.UUID;

@Path("/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "Who holds which role for which council, from when to when, and under which instrument.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class AppointmentResource {

    @Inject
    AppointmentService appointments;

    @Inject
    AppointmentRenewals renewals;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List appointments",
            description = "Appointments in order of start date. Combine filters: a council's appointments active on a date, by role, "
                    + "by person or by organisation.")
    public Page<AppointmentView> listAppointments(
            @Parameter(description = "Council GSS code, e.g. E06000021.")
            @QueryParam("council") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String council,
            @Parameter(description = "Role code, e.g. CHILDRENS_SERVICES_COMMISSIONER.") @QueryParam("role") @Size(max = 60) String role,
            @Parameter(description = "Held by this person.") @QueryParam("personId") UUID personId,
            @Parameter(description = "Held by this organisation.") @QueryParam("organisationId") UUID organisationId,
            @Parameter(description = "Active on this date, e.g. 2020-01-31.") @QueryParam("activeOn") LocalDate activeOn,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return list(appointments, new AppointmentService.Query(council, role, personId, organisationId, activeOn),
                PageRequest.of(limit, cursor));
    }

    /** A page of appointments, each with the one that followed it. */
    static Page<AppointmentView> list(AppointmentService appointments, AppointmentService.Query filter, PageRequest page) {
        List<Appointment> rows = appointments.list(filter, Pages.slice(page, 2));
        return AppointmentMapper.page(rows, page, appointments.successorsOf(rows));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an appointment", description = "One appointment, with the one it follows and the one that followed it.")
    public RestResponse<AppointmentView> getAppointment(@Parameter(example = "d0000000-0000-4000-8000-000000000002") @PathParam("id") UUID id) {
        Appointment a = appointments.require(id);
        return Responses.ok(new Versioned<>(AppointmentMapper.view(a, appointments.successorOf(a)), a.version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Appoint",
            description = "Records a new appointment. Rules: the holder suits the role (person or organisation); it cannot end before it "
                    + "starts; the same holder cannot hold the same role for the same council over overlapping dates; an Improvement "
                    + "Advisor must be a local authority whose latest Ofsted overall judgement on the start date is good or outstanding.")
    @APIResponse(responseCode = "201", description = "Appointed; Location names the appointment.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "The holder already holds this role for this council over overlapping dates.")
    @APIResponse(responseCode = "422", description = "A rule refused it: `rule` names which (improvement-advisor-rating, appointment-dates, holder-kind, holder-retired).")
    public RestResponse<AppointmentView> createAppointment(@NotNull @Valid AppointmentRequest request) {
        Appointment a = appointments.create(AppointmentMapper.command(request));
        return Responses.created(URI.create("/v1/appointments/" + a.id), new Versioned<>(AppointmentMapper.view(a, null), a.version));
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "End an appointment", description = "Sets the appointment's last day and the reason. Send If-Match.")
    @APIResponse(responseCode = "200", description = "Ended.")
    @APIResponse(responseCode = "409", description = "It already ended earlier.")
    @APIResponse(responseCode = "422", description = "The end would come before the start.")
    public RestResponse<AppointmentView> endAppointment(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid EndRequest request) {
        Appointment a = appointments.end(id, ETags.expected(ifMatch), AppointmentMapper.command(request));
        return Responses.ok(new Versioned<>(AppointmentMapper.view(a, appointments.successorOf(a)), a.version));
    }

    @POST
    @Path("/{id}/renewals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DFE_ADMIN)
    @Operation(summary = "Extend or re-appoint",
            description = "Records an extension or re-appointment as a new appointment linked to this one; this one ends the day before "
                    + "the new one starts. Both stay in the history. Send this appointment's ETag as If-Match.")
    @APIResponse(responseCode = "201", description = "The new appointment.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "This appointment was already renewed, or the dates overlap another.")
    @APIResponse(responseCode = "422", description = "A rule refused it.")
    public RestResponse<AppointmentView> renewAppointment(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RenewalRequest request) {
        Appointment next = renewals.renew(id, ETags.expected(ifMatch), AppointmentMapper.command(request));
        return Responses.created(URI.create("/v1/appointments/" + next.id), new Versioned<>(AppointmentMapper.view(next, null), next.version));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Appointment change history", description = "Every change to the appointment, oldest first.")
    public Page<AuditEntry> getAppointmentHistory(@PathParam("id") UUID id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        appointments.require(id);
        return audit.history(AppointmentService.AUDIT_TYPE, id.toString(), PageRequest.of(limit, cursor));
    }
}
