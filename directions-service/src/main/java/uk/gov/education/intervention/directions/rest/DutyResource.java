package uk.gov.education.intervention.directions.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.directions.domain.DirectionStatus;
import uk.gov.education.intervention.directions.domain.References;
import uk.gov.education.intervention.directions.config.DirectionsConfig;
import uk.gov.education.intervention.directions.domain.Duty;
import uk.gov.education.intervention.directions.domain.DutyKey;
import uk.gov.education.intervention.directions.service.DutyService;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.security.Roles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@Path("/v1/duties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duties", description = "The duties directions impose, as data from which schedules are computed.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class DutyResource {

    @Inject
    DutyService duties;

    @Inject
    ObjectMapper mapper;

    @Inject
    DirectionsConfig config;

    @GET
    @Operation(summary = "List duties",
            description = "Every duty of every issued (and, by default, revoked) direction, flattened with its direction's reference, "
                    + "date, status and revocation date, in order of direction date, reference and clause. Up to 1000 a page, so one "
                    + "call usually brings them all. Send the ETag back as If-None-Match: 304 when nothing changed. The first page's ETag covers every page, so one "
                    + "conditional call tells a reader holding the whole feed that none of it changed.")
    @APIResponse(responseCode = "200", description = "A page of duties. The first page's ETag stands for the whole feed (it changes when any duty on any page does); a later page's, for that page.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DutyPage.class), examples = @ExampleObject(name = "duties", value = """
                    {"items": [{"id": "E06000021-2019-10-31/partnership-deadline", "code": "partnership-deadline",
                      "directionReference": "E06000021-2019-10-31", "councilGssCode": "E06000021", "directionDate": "2019-10-31",
                      "directionStatus": "ISSUED", "revokedOn": null, "clause": "7.d", "kind": "DEADLINE",
                      "title": "Agreed formal partnership arrangement with a strong Local Authority", "providers": ["COUNCIL"],
                      "recipient": "SECRETARY_OF_STATE", "cadence": {"type": "ONCE", "dueOn": "2020-01-31"}}],
                     "limit": 1000}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match.")
    public RestResponse<DutyPage> listDuties(
            @Parameter(description = "Council GSS code, e.g. E06000035.")
            @QueryParam("council") @Pattern(regexp = References.GSS, message = References.GSS_MESSAGE) String council,
            @Parameter(description = "ISSUED, REVOKED or both: repeat the parameter, or separate them with commas (default both), e.g. ISSUED, REVOKED.")
            @QueryParam("status") List<String> status,
            @Parameter(description = "Page size, 1 to 1000 (default 1000).") @QueryParam("limit") @Min(1) @Max(1000) Integer limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "ETag of a page read before.", example = "\"9c1f0e...\"", schema = @Schema(implementation = String.class))
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        var statuses = StatusParameter.parse(status, EnumSet.of(DirectionStatus.ISSUED, DirectionStatus.REVOKED));
        PageRequest request = page(limit, cursor);
        // the first page's tag stands for the whole feed and is known before any duty is read: a caller holding every
        // page learns in one cheap call that none changed
        String feedTag = request.hasCursor() ? null : feedTag(council, statuses, request.limit());
        if (feedTag != null && ETags.noneMatchNames(ifNoneMatch, feedTag)) {
            return RestResponse.ResponseBuilder.<DutyPage>notModified().header(HttpHeaders.ETAG, feedTag).build();
        }
        Page<DutyView> page = list(council, statuses, request);
        String etag = feedTag != null ? feedTag : etag(page);
        if (ETags.noneMatchNames(ifNoneMatch, etag)) {
            return RestResponse.ResponseBuilder.<DutyPage>notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return RestResponse.ResponseBuilder.ok(new DutyPage(page.items(), page.next(), page.limit())).header(HttpHeaders.ETAG, etag).build();
    }

    private PageRequest page(Integer limit, String cursor) {
        int l = limit == null ? config.duties().defaultLimit() : limit;
        if (l < 1 || l > config.duties().maxLimit()) {
            throw Problems.invalidField("limit", "must be between 1 and " + config.duties().maxLimit());
        }
        return new PageRequest(l, cursor == null || cursor.isBlank() ? null : cursor);
    }

    private Page<DutyView> list(String council, Set<DirectionStatus> statuses, PageRequest page) {
        DutyService.requireImposing(statuses);
        DutyKey after = null;
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(3);
            try {
                after = new DutyKey(LocalDate.parse(key.get(0)), key.get(1), Integer.parseInt(key.get(2)));
            } catch (RuntimeException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
        }
        List<Duty> rows = duties.list(council, statuses, after, page.fetchSize());
        return Page.of(rows, page, u -> List.of(u.direction.date, u.direction.reference, u.position),
                u -> DirectionMapper.duty(u.direction, u));
    }

    private String feedTag(String council, Set<DirectionStatus> statuses, int limit) {
        return tag((duties.feedState(council, statuses) + "|" + council + "|" + new TreeSet<>(statuses) + "|" + limit)
                .getBytes(StandardCharsets.UTF_8));
    }

    private String etag(Page<DutyView> page) {
        try {
            return tag(mapper.writeValueAsBytes(page));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot compute the ETag of a duty page", e);
        }
    }

    private static String tag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
