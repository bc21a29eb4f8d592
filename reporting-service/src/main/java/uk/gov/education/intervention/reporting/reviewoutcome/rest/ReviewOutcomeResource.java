package uk.gov.education.intervention.reporting.reviewoutcome.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.education.intervention.platform.audit.AuditEntry;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.rest.Gss;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;
import uk.gov.education.intervention.reporting.reviewoutcome.service.ReviewOutcomeService;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/v1/review-outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review outcomes", description = "The outcomes of the reviews the directions require (due items of duties of kind "
        + "PERFORMANCE_REVIEW, PROGRESS_REVIEW or REVIEW): when each was held, who led it and whether it found sufficient progress, "
        + "with its recommendation.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class ReviewOutcomeResource {

    private static final String EXAMPLE = "{\"dueItemId\":\"E06000021-2019-10-31.performance-review.2020-01-31\",\"heldOn\":\"2020-01-30\","
            + "\"ledBy\":{\"roleCode\":\"CHILDRENS_SERVICES_COMMISSIONER\"},\"sufficientProgress\":true,\"recommendation\":\"CONTINUE\","
            + "\"summary\":\"Caseloads down; audits show practice improving in the front door.\"}";

    @Inject
    ReviewOutcomeService outcomes;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List review outcomes", description = "Outcomes in order of the day the review was held; for one council or "
            + "every council whose reports the caller reads whole (the Department, the council's staff, its Commissioner).")
    public Page<ReviewOutcomeView> listReviewOutcomes(
            @Parameter(description = "Council GSS code, e.g. E06000021.")
            @QueryParam("council") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String council,
            @Parameter(description = "The duty's kind: PERFORMANCE_REVIEW, PROGRESS_REVIEW or REVIEW.")
            @QueryParam("kind") @Pattern(regexp = "PERFORMANCE_REVIEW|PROGRESS_REVIEW|REVIEW",
                    message = "must be PERFORMANCE_REVIEW, PROGRESS_REVIEW or REVIEW") String kind,
            @Parameter(description = "Reviews held on or after this day, e.g. 2020-01-01.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Reviews held on or before this day, e.g. 2020-12-31.") @QueryParam("to") LocalDate to,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        var rows = outcomes.list(new ReviewOutcomeService.Query(council, kind, from, to), page.hasCursor() ? page.cursorKey(2) : null,
                page.fetchSize());
        return Page.of(rows, page, o -> List.of(o.heldOn, o.id), ReviewOutcomeView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a review outcome", description = "One outcome; its ETag is needed to correct it.")
    public RestResponse<ReviewOutcomeView> getReviewOutcome(@PathParam("id") UUID id) {
        return Responses.ok(versioned(outcomes.get(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER})
    @Operation(summary = "Record a review outcome", description = "Records the outcome of a review: dfe-admin, or a Commissioner "
            + "appointed for the council today. The leader must hold the role for the council on the day the review was held, "
            + "as councils-service records it. One outcome per review.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewOutcomeRequest.class),
            examples = @ExampleObject(name = "stoke", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the outcome.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewOutcomeView.class)))
    @APIResponse(responseCode = "409", description = "The review's outcome is already recorded.")
    @APIResponse(responseCode = "422", description = "A rule refused it: `rule` says which (not-a-review, due-item-withdrawn, "
            + "review-leader-not-appointed, review-leader-ambiguous).")
    @APIResponse(responseCode = "503", description = "directions-service (whose duties say what is a review) or councils-service "
            + "(whose appointments say who led it) is unavailable; nothing was changed.")
    public RestResponse<ReviewOutcomeView> recordReviewOutcome(@NotNull @Valid ReviewOutcomeRequest request) {
        var created = outcomes.record(request.dueItemId(), new ReviewOutcomeService.Outcome(request.heldOn(), leader(request.ledBy()),
                request.sufficientProgress(), request.recommendation(), request.summary()));
        return Responses.created(URI.create("/v1/review-outcomes/" + created.id), versioned(created));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER})
    @Operation(summary = "Correct a review outcome", description = "Replaces what the outcome says (the review it records stays): "
            + "dfe-admin, or a Commissioner appointed for the council today. Send the outcome's ETag as If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewOutcomeCorrection.class),
            examples = @ExampleObject(name = "corrected", value = "{\"heldOn\":\"2020-01-30\",\"ledBy\":{\"roleCode\":"
                    + "\"CHILDRENS_SERVICES_COMMISSIONER\"},\"sufficientProgress\":false,\"recommendation\":\"CONTINUE\"}")))
    @APIResponse(responseCode = "200", description = "Corrected.")
    @APIResponse(responseCode = "422", description = "A rule refused it: `rule` says which (review-leader-not-appointed, "
            + "review-leader-ambiguous).")
    @APIResponse(responseCode = "503", description = "councils-service, whose appointments say who led the review, is unavailable; "
            + "nothing was changed.")
    public RestResponse<ReviewOutcomeView> correctReviewOutcome(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the outcome as read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ReviewOutcomeCorrection request) {
        ReviewOutcomeService.Outcome corrected = new ReviewOutcomeService.Outcome(request.heldOn(), leader(request.ledBy()),
                request.sufficientProgress(), request.recommendation(), request.summary());
        return Responses.ok(versioned(outcomes.correct(id, ETags.expected(ifMatch), corrected)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Review outcome change history", description = "Every change to the outcome, oldest first.")
    public Page<AuditEntry> getReviewOutcomeHistory(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        outcomes.get(id);
        return audit.history(ReviewOutcomeService.AUDIT_TYPE, id.toString(), PageRequest.of(limit, cursor));
    }

    private static ReviewOutcomeService.LeaderRef leader(ReviewOutcomeRequest.Leader l) {
        return new ReviewOutcomeService.LeaderRef(l.roleCode(), l.appointmentId());
    }

    private static Versioned<ReviewOutcomeView> versioned(ReviewOutcome o) {
        return new Versioned<>(ReviewOutcomeView.of(o), o.version);
    }
}
