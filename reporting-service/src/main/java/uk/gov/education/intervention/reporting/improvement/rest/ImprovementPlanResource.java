package uk.gov.education.intervention.reporting.improvement.rest;

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
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.improvement.domain.StatusUpdate;
import uk.gov.education.intervention.reporting.improvement.domain.ValueUpdate;
import uk.gov.education.intervention.reporting.improvement.service.ImprovementPlanService;
import uk.gov.education.intervention.reporting.improvement.service.ImprovementPlanService.PlanRead;
import uk.gov.education.intervention.reporting.improvement.service.PlanChanges;
import uk.gov.education.intervention.reporting.rest.Gss;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/v1/councils/{gss}/improvement-plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans", description = "A council's improvement plan (its actions, each serving a stage of the child's journey, "
        + "with an owner, a target date and a status history with evidence) and the measures of its monitoring and audit framework "
        + "(indicators with a unit, a target and a direction, and values per period). Read by the council's staff, its partner "
        + "authorities and anyone appointed for it; changed only by dfe-admin, the council's Commissioner and its Director of "
        + "Children's Services (appointed that day). Every change is a revision; every write names the plan's ETag (If-Match). "
        + "Reports change it too: a section's planUpdates land in the plan when the report is accepted.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class ImprovementPlanResource {

    private static final String IF_MATCH = "The plan's ETag as read.";
    private static final String OWNER_UNKNOWN = "councils-service holds no such owner (`rule` unknown-action-owner, the detail "
            + "naming owner.reference); nothing was changed.";
    private static final String OWNER_UNCHECKED = "councils-service, against which the owner is checked, cannot answer; "
            + "nothing was changed.";

    @Inject
    ImprovementPlanService plans;

    @Inject
    PlanChanges changes;

    @POST
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Start a council's improvement plan", description = "An empty plan (revision 0), to which actions and measures "
            + "are added. One plan per council: starting one already started answers it as it stands (200), so a retry is safe.")
    @APIResponse(responseCode = "201", description = "Started; its ETag is needed for the first change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.PlanView.class)))
    @APIResponse(responseCode = "200", description = "Already started: the plan as it stands.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.PlanView.class)))
    public RestResponse<PlanViews.PlanView> startImprovementPlan(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss) {
        PlanRead r = plans.start(gss);
        return r.created() ? Responses.created(URI.create(base(gss)), versioned(r)) : Responses.ok(versioned(r));
    }

    @GET
    @Operation(summary = "Get a council's improvement plan", description = "The plan as it stands, with its ETag; or, with asOf, as it "
            + "stood at the end of that day (UK time), without one.")
    public RestResponse<PlanViews.PlanView> getImprovementPlan(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @Parameter(description = "The plan as it stood at the end of this day, e.g. 2023-03-31.") @QueryParam("asOf") LocalDate asOf) {
        PlanRead r = plans.read(gss, asOf);
        return asOf == null ? Responses.ok(versioned(r)) : RestResponse.ok(PlanViews.plan(r));
    }

    @GET
    @Path("/changes")
    @Operation(summary = "List changes to a council's improvement plan", description = "Changes in revision (time) order: all of them, "
            + "those recorded on days from and to (inclusive), or those between two meetings of the council's Improvement Board "
            + "(recorded after the first meeting's day, up to the end of the second's).")
    public Page<PlanViews.ChangeView> listImprovementPlanChanges(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @Parameter(description = "Changes recorded on or after this day.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Changes recorded on or before this day.") @QueryParam("to") LocalDate to,
            @Parameter(description = "A board meeting of the council (its id): changes after it...") @QueryParam("fromMeeting") UUID fromMeeting,
            @Parameter(description = "...up to and including the day of this one.") @QueryParam("toMeeting") UUID toMeeting,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        PlanChanges.Window w = changes.window(gss, from, to, fromMeeting, toMeeting);
        var rows = changes.page(gss, w, page.hasCursor() ? revision(page.cursorKey(1).get(0)) : null, page.fetchSize());
        return Page.of(rows, page, c -> List.of(c.revision()), c -> PlanViews.change(c, w.names()));
    }

    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Add an action to the plan", description = "Added NOT_STARTED. At most 200 actions a plan.")
    @APIResponse(responseCode = "201", description = "Added; the body is the action, the ETag the plan's.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.ActionView.class)))
    @APIResponse(responseCode = "422", description = OWNER_UNKNOWN)
    @APIResponse(responseCode = "503", description = OWNER_UNCHECKED)
    public RestResponse<PlanViews.ActionView> addPlanAction(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @Parameter(description = IF_MATCH, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ActionRequest request) {
        PlanRead r = plans.addAction(gss, ETags.expected(ifMatch), request.draft());
        var added = r.state().actions().get(r.state().actions().size() - 1);
        return Responses.created(URI.create(base(gss) + "/actions/" + added.id), new Versioned<>(PlanViews.action(added, true), r.plan().version));
    }

    @PUT
    @Path("/actions/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Revise an action of the plan", description = "Replaces its statement, stage, owner and target date; its status "
            + "changes only with evidence (status-changes).")
    @APIResponse(responseCode = "200", description = "Revised; the body is the action, the ETag the plan's.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.ActionView.class)))
    @APIResponse(responseCode = "422", description = OWNER_UNKNOWN)
    @APIResponse(responseCode = "503", description = OWNER_UNCHECKED)
    public RestResponse<PlanViews.ActionView> revisePlanAction(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @PathParam("actionId") UUID actionId,
            @Parameter(description = IF_MATCH, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ActionRequest request) {
        PlanRead r = plans.reviseAction(gss, actionId, ETags.expected(ifMatch), request.draft());
        return Responses.ok(new Versioned<>(PlanViews.action(r.state().action(actionId), true), r.plan().version));
    }

    @POST
    @Path("/actions/{actionId}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Change an action's status", description = "A new status with its evidence. The status must change; a DONE "
            + "action stays DONE; a started action never returns to NOT_STARTED.")
    @APIResponse(responseCode = "200", description = "Changed; the body is the action, the ETag the plan's.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.ActionView.class)))
    @APIResponse(responseCode = "422", description = "A rule refused it: `rule` says which (action-status-unchanged, action-done, "
            + "action-started).")
    public RestResponse<PlanViews.ActionView> changePlanActionStatus(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @PathParam("actionId") UUID actionId,
            @Parameter(description = IF_MATCH, example = "\"2\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StatusRequest request) {
        StatusUpdate u = StatusUpdate.of(actionId, request.status(), request.evidence(), "");
        PlanRead r = plans.changeStatus(gss, ETags.expected(ifMatch), u);
        return Responses.ok(new Versioned<>(PlanViews.action(r.state().action(actionId), true), r.plan().version));
    }

    @POST
    @Path("/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Add a measure to the plan", description = "An indicator of the monitoring and audit framework. At most 100 a plan.")
    @APIResponse(responseCode = "201", description = "Added; the body is the measure, the ETag the plan's.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.MeasureView.class)))
    public RestResponse<PlanViews.MeasureView> addPlanMeasure(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @Parameter(description = IF_MATCH, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MeasureRequest request) {
        PlanRead r = plans.addMeasure(gss, ETags.expected(ifMatch), request.draft());
        var added = r.state().measures().get(r.state().measures().size() - 1);
        return Responses.created(URI.create(base(gss) + "/measures/" + added.id), new Versioned<>(PlanViews.measure(added, true), r.plan().version));
    }

    @PUT
    @Path("/measures/{measureId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Revise a measure of the plan", description = "Replaces its name, unit, target and direction; its values stay.")
    public RestResponse<PlanViews.MeasureView> revisePlanMeasure(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @PathParam("measureId") UUID measureId,
            @Parameter(description = IF_MATCH, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MeasureRequest request) {
        PlanRead r = plans.reviseMeasure(gss, measureId, ETags.expected(ifMatch), request.draft());
        return Responses.ok(new Versioned<>(PlanViews.measure(r.state().measure(measureId), true), r.plan().version));
    }

    @POST
    @Path("/measures/{measureId}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Record a measure's value for a period", description = "A later value for the same period supersedes it; "
            + "both stay in the plan's changes.")
    public RestResponse<PlanViews.MeasureView> recordPlanMeasureValue(@PathParam("gss") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String gss,
            @PathParam("measureId") UUID measureId,
            @Parameter(description = IF_MATCH, example = "\"2\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ValueRequest request) {
        ValueUpdate u = ValueUpdate.of(measureId, request.period(), request.value(), "");
        PlanRead r = plans.recordValue(gss, ETags.expected(ifMatch), u);
        return Responses.ok(new Versioned<>(PlanViews.measure(r.state().measure(measureId), true), r.plan().version));
    }

    private static String base(String gss) {
        return "/v1/councils/" + gss + "/improvement-plan";
    }

    private static Versioned<PlanViews.PlanView> versioned(PlanRead r) {
        return new Versioned<>(PlanViews.plan(r), r.plan().version);
    }

    private static Integer revision(String key) {
        try {
            return Integer.valueOf(key);
        } catch (NumberFormatException e) {
            throw new uk.gov.education.intervention.platform.domain.InvalidInput("cursor", "is not a cursor issued by this list; start again without it");
        }
    }
}
