package uk.gov.education.intervention.reporting.aggregate.rest;

import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.education.intervention.platform.rest.Degraded;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.aggregate.domain.Granularity;
import uk.gov.education.intervention.platform.rest.ConditionalGet;
import uk.gov.education.intervention.platform.rest.ContentCodings;
import uk.gov.education.intervention.reporting.aggregate.service.AggregateAnswers;
import uk.gov.education.intervention.reporting.aggregate.service.AggregateService;
import uk.gov.education.intervention.reporting.rest.Gss;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

@Path("/v1/aggregates/{granularity}")
@Tag(name = "Aggregates", description = "Monthly and quarterly counts of due items (expected, received, on time, late, overdue, "
        + "accepted, on-time rate) per council and across councils, enriched with each council's name and current Ofsted rating "
        + "and its direction in force. As JSON, or as CSV with Accept: text/csv or format=csv.")
@RolesAllowed({Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER})
public class AggregateResource {

    private static final String DESCRIPTION = "Due items are counted in the period of their due date. Without `council`, DfE roles "
            + "get every council and the others the councils in their token; give `council` (repeatable) for some. Each request "
            + "makes the same downstream calls whatever the number of councils or submissions: one conditional read of the "
            + "duties feed (If-None-Match) and one batch read of councils. When councils-service or directions-service is "
            + "down the answer still comes, with `degraded: true` and a `missing` list; nothing is made up. With `Accept-Encoding: "
            + "gzip`, a kept answer of 1 KiB or more comes gzip-coded (`Content-Encoding: gzip`, an ETag of its own), coded once "
            + "when it was kept; an answer not kept (degraded, say) comes as it is.";

    private static final String EXAMPLE = """
            {"granularity":"QUARTER","from":"2020-Q1","to":"2020-Q1","asOf":"2020-04-10","graceDays":0,"degraded":false,"missing":[],
             "councils":[{"gssCode":"E06000021","name":"Stoke-on-Trent City Council",
             "currentRating":{"overallEffectiveness":"INADEQUATE","publishedOn":"2019-03-18"},
             "directionInForce":{"reference":"E06000021-2019-10-31","date":"2019-10-31"},
             "periods":[{"period":"2020-Q1","start":"2020-01-01","end":"2020-03-31","expected":15,"received":12,"onTime":10,
             "late":2,"overdue":3,"accepted":9,"returned":1,"withdrawn":0,"onTimeRate":0.667}]}],
             "allCouncils":[{"period":"2020-Q1","start":"2020-01-01","end":"2020-03-31","expected":15,"received":12,"onTime":10,
             "late":2,"overdue":3,"accepted":9,"returned":1,"withdrawn":0,"onTimeRate":0.667}]}""";

    /** A month (2020-01) or a quarter (2020-Q1); which one the granularity says. */
    private static final String PERIOD = "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$";

    private static final String TEXT_CSV = "text/csv";
    private static final MediaType TEXT_CSV_TYPE = MediaType.valueOf(TEXT_CSV);

    private static final String CSV_EXAMPLE = "granularity,period,periodStart,periodEnd,councilGssCode,councilName,"
            + "ofstedRating,directionInForce,expected,received,onTime,late,overdue,accepted,returned,withdrawn,onTimeRate\r\n"
            + "MONTH,2020-01,2020-01-01,2020-01-31,E06000021,Stoke-on-Trent City Council,INADEQUATE,E06000021-2019-10-31,"
            + "6,5,4,1,1,3,1,0,0.667\r\n";

    @Inject
    AggregateService aggregates;

    @Inject
    AggregateAnswers answers;

    @Inject
    ObjectMapper mapper;

    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(summary = "Aggregate due items (JSON or CSV)", description = DESCRIPTION + " JSON by default; CSV (RFC 4180, with a "
            + "header row: one row per council and period, then 'ALL' rows; unknown values are empty cells) with `Accept: text/csv` "
            + "or `format=csv`.")
    @APIResponse(responseCode = "200", description = "The counts. `degraded` says whether anything is missing.",
            headers = @Header(name = Degraded.HEADER, description = Degraded.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateReport.class),
                    examples = @ExampleObject(name = "stoke-2020-q1", value = EXAMPLE)),
                    @Content(mediaType = TEXT_CSV, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "503", description = "`busy`, with Retry-After: the service is already making as many aggregates and "
            + "calendar feeds as it can at once, and this request waited its turn (30 s by default) in vain.")
    public Response getAggregate(
            @Parameter(description = "`monthly` or `quarterly`.", example = "monthly") @PathParam("granularity") String granularity,
            @Parameter(description = "First period: a month (2020-01) or quarter (2020-Q1) of the years 1900 to 2199. Default: 12 months "
                    + "or 4 quarters back, e.g. 2020-01.", schema = @Schema(type = SchemaType.STRING, pattern = PERIOD, maxLength = 7))
            @QueryParam("from") String from,
            @Parameter(description = "Last period (default: the current one), at most ten years ahead; a range spans at most 120 "
                    + "periods, e.g. 2020-12.", schema = @Schema(type = SchemaType.STRING, pattern = PERIOD, maxLength = 7))
            @QueryParam("to") String to,
            @Parameter(description = "Only these councils (repeat the parameter), e.g. E06000021.")
            @QueryParam("council") List<@Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) String> council,
            @Parameter(description = "json or csv; overrides Accept, e.g. csv.") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = wantsCsv(format, headers);
        Granularity g = granularity(granularity);
        AggregateService.Question question = aggregates.ask(g, from, to, council);
        return response(answers.answer(question, csv, made -> write(made, granularity, csv)),
                ContentCodings.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING)));
    }

    /** The report written out as CSV or JSON: only its text outlives the turn it was made in, or is kept. */
    private AggregateAnswers.Answer write(AggregateService.Report made, String granularity, boolean csv) {
        AggregateReport report = AggregateReport.of(made);
        if (csv) {
            String file = "aggregate-" + granularity.toLowerCase(Locale.ROOT) + "-" + report.from() + "-to-" + report.to() + ".csv";
            return answer(AggregateCsv.write(report).getBytes(StandardCharsets.UTF_8), TEXT_CSV + "; charset=UTF-8", file, report);
        }
        return answer(json(report), MediaType.APPLICATION_JSON, null, report);
    }

    private static AggregateAnswers.Answer answer(byte[] body, String type, String fileName, AggregateReport report) {
        return new AggregateAnswers.Answer(body, type, fileName, report.missing(), ConditionalGet.tag(body, MediaType.valueOf(type)));
    }

    /** The answer as it is, or gzip-coded when the client accepts that and the answer was kept with its coded bytes. */
    private static Response response(AggregateAnswers.Answer answer, boolean gzipAccepted) {
        boolean gzip = gzipAccepted && answer.gzip() != null;
        Response.ResponseBuilder response = gzip
                ? Response.ok(DirectBodies.of(answer.gzip()), answer.mediaType())
                        .header(HttpHeaders.CONTENT_ENCODING, ContentCodings.GZIP).header(HttpHeaders.ETAG, ContentCodings.gzipTag(answer.tag()))
                : Response.ok(DirectBodies.of(answer.body()), answer.mediaType()).header(HttpHeaders.ETAG, answer.tag());
        if (answer.fileName() != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + answer.fileName() + "\"");
        }
        return Degraded.mark(response, answer.missing()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING).build();
    }

    private byte[] json(AggregateReport report) {
        try {
            return mapper.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an aggregate as JSON", e);
        }
    }

    /** JSON unless CSV is asked for by {@code format} or preferred by the Accept header (a wildcard means JSON). */
    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw Problems.invalidField("format", "must be json or csv");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(accepted)) {
                return false;
            }
            if (TEXT_CSV_TYPE.isCompatible(accepted)) {
                return true;
            }
        }
        return false;
    }

    private static Granularity granularity(String g) {
        return switch (g) {
            case "monthly" -> Granularity.MONTH;
            case "quarterly" -> Granularity.QUARTER;
            default -> throw Problems.notFound("Aggregate", g + " (use monthly or quarterly)");
        };
    }
}
