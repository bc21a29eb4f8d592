package uk.gov.education.intervention.directions.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.directions.domain.DirectionAnnouncement;
import uk.gov.education.intervention.directions.config.DirectionsConfig;
import uk.gov.education.intervention.directions.service.DirectionFeed;
import uk.gov.education.intervention.directions.service.FeedSubscriptions;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.security.Caller;
import uk.gov.education.intervention.platform.security.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * The directions issued and revoked as an Atom feed (RFC 4287) that a feed reader can follow: the
 * newest {@value DirectionFeed#WINDOW} events, newest first, each with a stable id, a link to the
 * direction's record and to its document. Rendered by Qute from templates/DirectionFeedResource/atom.xml,
 * which escapes every value; answered with an ETag and Last-Modified, and 304 to a matching conditional GET.
 * A feed reader, which cannot send a bearer token, follows a subscription URL whose {@code token} is
 * a feed token ({@link FeedSubscriptionResource}); anyone may call it, and who is let in is decided here.
 */
@Path("/v1/directions/feed.atom")
@Tag(name = "Directions")
public class DirectionFeedResource {

    public static final String ATOM = "application/atom+xml";
    /** The tagging entity of the feed's and entries' tag: URIs (RFC 4151); never changes, so ids stay stable. */
    static final String TAG = "tag:intervention.education.gov.uk,2026:";

    @Inject
    DirectionFeed feed;

    @Inject
    FeedSubscriptions subscriptions;

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @Inject
    DirectionsConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance atom(FeedView feed);
    }

    /** The feed as the template writes it; every value is text that the engine escapes. */
    public record FeedView(String id, String self, String updated, List<EntryView> entries) {
    }

    public record EntryView(String id, String title, String updated, String record, String document, String summary,
                            String category) {
    }

    @GET
    @Produces(ATOM)
    @PermitAll
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "directionsFeed", summary = "Follow directions issued and revoked (Atom)",
            description = "An Atom feed (RFC 4287) of the newest " + DirectionFeed.WINDOW + " events, newest first: each direction "
                    + "issued and each revoked, with a stable id (a tag: URI), the time it took effect as the record states it, and "
                    + "links to the direction's record and its document. Authenticate with the `token` of a subscription URL "
                    + "(POST /v1/directions/feed/subscriptions; for feed readers) or with Authorization: Bearer (any caller who "
                    + "may read directions). Send the ETag back as If-None-Match (or Last-Modified as If-Modified-Since): 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The feed; ETag and Last-Modified over it.", content = @Content(mediaType = ATOM,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "feed", value = """
                    <?xml version="1.0" encoding="utf-8"?>
                    <feed xmlns="http://www.w3.org/2005/Atom"><id>tag:intervention.education.gov.uk,2026:directions</id>
                    <title>Statutory directions issued and revoked</title><updated>2020-01-07T00:00:00Z</updated>...
                    <entry><id>tag:intervention.education.gov.uk,2026:direction:E06000035-2020-01-07:issued</id>...</entry></feed>""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match.")
    @APIResponse(responseCode = "401", description = "Neither a valid feed token nor a bearer token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response getFeed(@Parameter(description = "ETag of the feed read before.", example = "\"9c1f0e...\"")
                            @jakarta.ws.rs.HeaderParam("If-None-Match") String ifNoneMatch,
                            @Parameter(description = "The feed token of a subscription URL.")
                            @QueryParam("token") @Size(max = 1000) String token,
                            @Context Request request, @Context UriInfo uri) {
        authorise(token);
        List<DirectionAnnouncement> events = feed.latest();
        // HTTP dates have whole seconds: a finer Last-Modified would never match If-Modified-Since
        Instant newest = (events.isEmpty() ? Instant.EPOCH : events.get(0).at().toInstant()).truncatedTo(ChronoUnit.SECONDS);
        String base = FeedSubscriptionResource.publicBase(config, uri);
        // a reader that takes the self link as the feed's address keeps its token
        String self = base + "/v1/directions/feed.atom" + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        String body = Templates.atom(new FeedView(TAG + "directions", self, stamp(newest),
                events.stream().map(e -> entry(e, base)).toList())).render();
        EntityTag etag = new EntityTag(sha256(body).substring(0, 32));
        Date lastModified = Date.from(newest);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, etag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
        }
        return Response.ok(body, ATOM + ";charset=utf-8").tag(etag).lastModified(lastModified)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    /** A feed token must be valid; else a bearer token of a caller who may read directions. */
    private void authorise(String token) {
        if (token != null) {
            subscriptions.check(token);
        } else if (identity == null || identity.isAnonymous()) {
            throw HttpProblem.builder(Problems.of(401, "unauthorized", "Unauthorized", "Send the `token` of a feed subscription URL "
                            + "(POST /v1/directions/feed/subscriptions) or Authorization: Bearer."))
                    .withHeader("WWW-Authenticate", "Bearer").build();
        } else if (!(caller.hasRole(Roles.DFE_ADMIN) || caller.hasRole(Roles.DFE_ANALYST) || caller.hasRole(Roles.COMMISSIONER)
                || caller.hasRole(Roles.COUNCIL_REPORTER))) {
            throw Problems.forbidden("Your role does not allow this request.");
        }
    }

    static EntryView entry(DirectionAnnouncement e, String base) {
        boolean issued = e.kind() == DirectionAnnouncement.Kind.ISSUED;
        String record = base + "/v1/directions/" + e.reference();
        String summary = issued
                ? "Direction " + e.reference() + " to " + e.councilName() + " (" + e.councilGssCode() + ") of " + e.directionDate()
                + " was issued."
                : "Direction " + e.reference() + " to " + e.councilName() + " (" + e.councilGssCode() + ") is no longer in force from "
                + e.revokedOn() + (e.revokedBy() == null ? "." : ": revoked by direction " + e.revokedBy() + ".");
        return new EntryView(TAG + "direction:" + e.reference() + ":" + (issued ? "issued" : "revoked"),
                (issued ? "Issued: " : "Revoked: ") + e.title(), stamp(e.at().toInstant()), record,
                record + "/document?format=html", summary, issued ? "issued" : "revoked");
    }

    private static String stamp(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(at, ZoneOffset.UTC).withNano(0));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
