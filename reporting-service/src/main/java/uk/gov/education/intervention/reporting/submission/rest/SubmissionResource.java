package uk.gov.education.intervention.reporting.submission.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.platform.audit.AuditEntry;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Responses;
import uk.gov.education.intervention.platform.rest.Versioned;
import uk.gov.education.intervention.platform.security.Caller;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionStatus;
import uk.gov.education.intervention.reporting.submission.service.IdempotencyService;
import uk.gov.education.intervention.reporting.submission.service.SubmissionService;
import uk.gov.education.intervention.reporting.submission.service.SubmissionQueries;
import uk.gov.education.intervention.reporting.submission.service.SubmissionRead;
import uk.gov.education.intervention.reporting.submission.service.SubmissionReviews;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import uk.gov.education.intervention.reporting.rest.Gss;

@Path("/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Reports pushed for due items (or ad hoc) by commissioners, councils and partner "
        + "authorities: narrative sections per contributor, structured fields and attachments; every version kept; reviewed by "
        + "dfe-admin or the council's Commissioner. Who writes and reads each section follows the appointments councils-service "
        + "records on the day; a 403 problem's `rule` names the rule that refused (section-writer, section-reader, council-access, "
        + "oversight, report-fields).")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class SubmissionResource {

    static final String SUBMIT_EXAMPLE = """
            {"dueItemId":"E06000021-2019-10-31.monthly-progress-report.2019-11-30",
             "sections":[{"contributor":"PARTNER_IN_PRACTICE","narrative":"Stockport's practice leads audited 40 cases in November..."}]}""";

    static final String SUBMISSION_EXAMPLE = """
            {"id":"0b7e5c52-8a0e-4c1e-9d43-1f2a3b4c5d6e","councilGssCode":"E06000021",
             "dueItemId":"E06000021-2019-10-31.monthly-progress-report.2019-11-30",
             "dutyId":"E06000021-2019-10-31/monthly-progress-report","directionReference":"E06000021-2019-10-31",
             "dueOn":"2019-11-30","kind":"PROGRESS_REPORT","title":"Combined monthly progress report","status":"SUBMITTED",
             "onTime":true,"currentVersion":1,"firstSubmittedAt":"2019-11-29T10:15:00Z","lastSubmittedAt":"2019-11-29T10:15:00Z",
             "sections":[{"contributor":"PARTNER_IN_PRACTICE","organisationGssCode":"E08000007",
             "narrative":"Stockport's practice leads audited 40 cases in November...","authoredInVersion":1,
             "authoredBy":"reporter@stockport.gov.uk","attachments":[]}],
             "versions":[{"number":1,"submittedAt":"2019-11-29T10:15:00Z","submittedBy":"reporter@stockport.gov.uk",
             "submittedAs":"council-reporter","onBehalfOf":"E08000007"}],"reviews":[]}""";

    private static final String IDEMPOTENCY_DESCRIPTION = "Required. A unique value per submission (e.g. a UUID). Retrying with "
            + "the same key and the same body returns the first response (with `Idempotent-Replayed: true`) and stores nothing "
            + "new; the same key with a different body is 422; a retry while the first request is still being processed is 409.";

    /** The type the JSON writer gives an answer: a first answer and its replays are sent with it alike. */
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionQueries queries;

    @Inject
    SubmissionReviews reviews;

    @Inject
    IdempotencyService idempotency;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List submissions", description = "Submissions in order of first receipt, for one council or every council "
            + "the caller reaches today: all of a council's for the Department, its own staff and its Commissioner; for anyone else "
            + "appointed for it (a partner authority, say), those with a section it writes, showing only those sections.")
    public Page<SubmissionView> listSubmissions(
            @Parameter(description = "Council GSS code, e.g. E06000021.")
            @QueryParam("council") @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String council,
            @Parameter(description = "Only the submission answering this due item, e.g. E06000021-2019-10-31.monthly-progress-report.2019-11-30.")
            @QueryParam("dueItemId") @Pattern(regexp = DueItemId.PATTERN, message = DueItemId.MESSAGE) String dueItemId,
            @Parameter(description = "Only submissions in this review state, e.g. SUBMITTED.") @QueryParam("status") SubmissionStatus status,
            @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<SubmissionRead> rows = queries.list(new SubmissionQueries.ListQuery(council, dueItemId, status, page.fetchSize(),
                () -> page.hasCursor() ? page.cursorKey(2) : null));
        return Page.of(rows, page, r -> List.of(r.submission().firstSubmittedAt, r.submission().id), SubmissionViews::view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Submit a report",
            description = "Pushes a report for a due item, or an ad-hoc report. The first push to a due item creates its submission; "
                    + "later pushes add versions, each replacing the pushed contributors' sections and carrying the others forward. "
                    + "Each section must be one the duty's providers owe (422 `section-not-owed`) and one the caller writes today "
                    + "(403 `section-writer`): the council's own staff write COUNCIL (and the DCS's while no DCS is recorded); a person "
                    + "appointed to a role for the council (per councils-service) writes that role's; a partner authority's staff "
                    + "write their organisation's own section; dfe-admin enters any on its contributor's behalf. Structured fields "
                    + "are the council's staff's, its Commissioner's and dfe-admin's. Timeliness is judged by the first version's arrival.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionRequest.class),
            examples = @ExampleObject(name = "partner-in-practice-section", value = SUBMIT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the new version; the body is the submission.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class),
                    examples = @ExampleObject(name = "submitted", value = SUBMISSION_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still being processed.")
    @APIResponse(responseCode = "413", description = "An attachment is larger than the limit.")
    @APIResponse(responseCode = "422", description = "A rule refused it: `rule` says which (idempotency-key-reused, section-not-owed, "
            + "due-item-withdrawn, submission-accepted).")
    @APIResponse(responseCode = "503", description = "councils-service (whose appointments decide who writes) or directions-service "
            + "(whose duties name the due items), needed to check the request, is unavailable.")
    public Response submitReport(
            @Parameter(in = ParameterIn.HEADER, name = IdempotencyService.HEADER, required = true, description = IDEMPOTENCY_DESCRIPTION,
                    example = "5f0c1d7e-2b9a-4e55-a1c4-7a8d2e6f9b10") @HeaderParam(IdempotencyService.HEADER) String key,
            @NotNull @Valid SubmissionRequest request) {
        return idempotent(key, "/v1/submissions", request, () -> submissions.submit(SubmissionCommands.submit(request)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a submission", description = "The submission as of its current version, with its versions and reviews. "
            + "The ETag is needed to review it.")
    @APIResponse(responseCode = "200", description = "The submission.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class),
                    examples = @ExampleObject(name = "submitted", value = SUBMISSION_EXAMPLE)))
    public RestResponse<SubmissionView> getSubmission(@PathParam("id") UUID id) {
        return Responses.ok(SubmissionViews.versioned(queries.get(id)));
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
    @Operation(summary = "Resubmit (add a version)", description = "Adds a version to a submission (for example after it was returned): "
            + "the pushed sections replace the same contributors' sections, the rest are carried forward. Same rules as a first "
            + "submission; an accepted submission takes no more versions. A report no duty owes takes sections only from those "
            + "already in it, the council's staff, its Commissioner and dfe-admin. After a return, the report awaits review again "
            + "once every section a comment addressed is revised and (for comments on the whole report) the council's staff have "
            + "pushed a version; until then it stays RETURNED.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionRequest.class),
            examples = @ExampleObject(name = "revised", value = "{\"sections\":[{\"contributor\":\"DIRECTOR_OF_CHILDRENS_SERVICES\","
                    + "\"narrative\":\"Revised with the audit findings.\"}],\"note\":\"As the reviewer asked.\"}")))
    @APIResponse(responseCode = "201", description = "Stored; Location names the new version; the body is the submission.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still being processed.")
    @APIResponse(responseCode = "413", description = "An attachment is larger than the limit.")
    @APIResponse(responseCode = "422", description = "A rule refused it (idempotency-key-reused, section-not-owed, submission-accepted).")
    @APIResponse(responseCode = "503", description = "councils-service, whose appointments decide who writes, is unavailable.")
    public Response resubmitReport(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IdempotencyService.HEADER, required = true, description = IDEMPOTENCY_DESCRIPTION,
                    example = "0c1d7e5f-2b9a-4e55-a1c4-7a8d2e6f9b11") @HeaderParam(IdempotencyService.HEADER) String key,
            @NotNull @Valid VersionRequest request) {
        return idempotent(key, "/v1/submissions/" + id + "/versions", request, () -> submissions.resubmit(id, SubmissionCommands.version(request)));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "List a submission's versions", description = "Who pushed each version and when (for a reader of some sections: "
            + "the versions that wrote them).")
    public List<VersionSummary> listSubmissionVersions(@PathParam("id") UUID id) {
        return queries.versions(id).stream().map(SubmissionViews::summary).toList();
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(summary = "Get one version", description = "The submission as it stood in that version: every section, with the "
            + "version each was written in.")
    public VersionView getSubmissionVersion(@PathParam("id") UUID id,
                               @Parameter(example = "1") @PathParam("number") @Min(1) int number) {
        return SubmissionViews.version(queries.version(id, number));
    }

    @GET
    @Path("/{id}/attachments/{sha256}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment", description = "The bytes of an attachment, by its SHA-256, with its content type. "
            + "`Repr-Digest` carries the SHA-256 for checking.")
    @APIResponse(responseCode = "200", description = "The file.", content = @Content(mediaType = "application/octet-stream"))
    public Response getAttachment(@PathParam("id") UUID id,
                               @PathParam("sha256") @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256) {
        SubmissionQueries.AttachmentContent a = queries.attachment(id, sha256);
        return Response.ok(a.bytes(), a.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + a.fileName().replace("\"", "") + "\"")
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(a.sha256())) + ":")
                .build();
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DFE_ADMIN, Roles.COMMISSIONER})
    @Operation(summary = "Review a submission", description = "Accepts the current version, or returns it for changes with comments "
            + "on the whole report and/or addressed to sections. dfe-admin, or a Commissioner appointed for the council today. Send "
            + "the submission's ETag as If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class),
            examples = {@ExampleObject(name = "return", value = "{\"decision\":\"RETURN\",\"sectionComments\":[{\"contributor\":"
                    + "\"PARTNER_IN_PRACTICE\",\"organisationGssCode\":\"E08000007\",\"comments\":\"Please add what the audits found.\"}]}"),
                    @ExampleObject(name = "return-whole-report", value = "{\"decision\":\"RETURN\",\"comments\":\"Please add the council's caseload data.\"}"),
                    @ExampleObject(name = "accept", value = "{\"decision\":\"ACCEPT\"}")}))
    @APIResponse(responseCode = "200", description = "Reviewed; the submission with its new status.")
    @APIResponse(responseCode = "409", description = "The submission is not awaiting review (already accepted, or returned and not yet resubmitted).")
    public RestResponse<SubmissionView> reviewSubmission(@PathParam("id") UUID id,
                           @Parameter(description = "ETag of the submission as read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ReviewRequest request) {
        var expected = ETags.expected(ifMatch);
        // viewed inside the review's transaction, while the submission's collections can still be read
        return Responses.ok(QuarkusTransaction.requiringNew().call(
                () -> SubmissionViews.versioned(reviews.review(id, expected, SubmissionCommands.review(request)))));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Submission change history", description = "Every change (versions, reviews), oldest first: who, when and "
            + "what changed. Not for partner authorities.")
    public Page<AuditEntry> getSubmissionHistory(@PathParam("id") UUID id,
                                    @Parameter(description = "Page size, 1 to 200 (default 50).") @QueryParam("limit") Integer limit,
                                    @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        queries.requireFull(id);
        return audit.history(SubmissionService.AUDIT_TYPE, id.toString(), PageRequest.of(limit, cursor));
    }

    private Response idempotent(String key, String path, Object request, Supplier<SubmissionRead> work) {
        IdempotencyService.requireValidKey(key);
        String role = List.of(Roles.DFE_ADMIN, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER).stream()
                .filter(caller::hasRole).findFirst().orElse("");
        String callerId = String.join("|", role, String.valueOf(caller.issuer()), String.valueOf(caller.subject()),
                caller.organisation().orElse(""));
        String hash = idempotency.requestHash("POST", path, request);
        // one transaction: the key is claimed while the work runs and released when it commits (with the response kept) or fails
        return QuarkusTransaction.requiringNew().call(() -> {
            IdempotencyService.Outcome outcome = idempotency.claim(callerId, key, hash);
            if (outcome.replay() != null) {
                return replay(outcome.replay());
            }
            SubmissionRead stored = work.get();
            Versioned<SubmissionView> view = SubmissionViews.versioned(stored);
            String body = idempotency.complete(outcome.proceed(), 201, view.body(), stored.location(), view.etag());
            // the JSON just kept for replays is the answer: the view is written once, not again for the response
            return Response.created(stored.location()).entity(body).type(JSON_UTF8)
                    .header(HttpHeaders.ETAG, view.etag()).build();
        });
    }

    private static Response replay(IdempotencyService.Replay r) {
        Response.ResponseBuilder b = Response.status(r.status()).entity(r.body()).type(JSON_UTF8)
                .header(IdempotencyService.REPLAYED_HEADER, "true");
        if (r.location() != null) {
            // resolved against the request's base URI, as the first response's was
            b.location(r.location());
        }
        if (r.etag() != null) {
            b.header(HttpHeaders.ETAG, r.etag());
        }
        return b.build();
    }
}
