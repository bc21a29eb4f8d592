package uk.gov.education.intervention.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stands in for councils-service and directions-service (two WireMock servers on free loopback
 * ports) in every test of this module. By default they answer as the real services do with the
 * seed data loaded: the duties of the two seed directions (captured from directions-service's
 * {@code /v1/duties}), the four seed councils, their organisations, and Stockport's and Essex's
 * Partner in Practice appointments for Stoke-on-Trent. Tests may change that (other duties, other
 * councils, faults) and go back with {@link #reset()}.
 */
@QuarkusTestResource(Downstream.class)
public class Downstream implements QuarkusTestResourceLifecycleManager {

    public static final String STOKE = "E06000021";
    public static final String MEDWAY = "E06000035";
    public static final String STOCKPORT = "E08000007";
    public static final String ESSEX = "E10000012";
    /** A GSS code councils-service does not know. */
    public static final String NO_SUCH_COUNCIL = "E09999999";

    /** The organisation id of each seed council's local authority, as councils-service seeds them. */
    public static final Map<String, String> ORGANISATIONS = Map.of(
            STOKE, "b0000000-0000-4000-8000-000000000021",
            MEDWAY, "b0000000-0000-4000-8000-000000000035",
            STOCKPORT, "b0000000-0000-4000-8000-000000000007",
            ESSEX, "b0000000-0000-4000-8000-000000000012");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer councils;
    private static WireMockServer directions;

    @Override
    public Map<String, String> start() {
        councils = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        directions = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        councils.start();
        directions.start();
        reset();
        return Map.of(
                "quarkus.rest-client.councils.url", councils.baseUrl(),
                "quarkus.rest-client.directions.url", directions.baseUrl());
    }

    @Override
    public void stop() {
        if (councils != null) {
            councils.stop();
        }
        if (directions != null) {
            directions.stop();
        }
    }

    /** Both services answering with the seed data, and their request journals cleared. */
    public static void reset() {
        councils.resetAll();
        councils.setGlobalFixedDelay(0);
        directions.resetAll();
        setDuties(seedDuties());
        setCouncils(List.of(
                council(STOKE, "Stoke-on-Trent City Council", "INADEQUATE", "2019-03-18"),
                council(MEDWAY, "Medway Council", "INADEQUATE", "2019-08-27"),
                council(STOCKPORT, "Stockport Metropolitan Borough Council", null, null),
                council(ESSEX, "Essex County Council", null, null)));
        ORGANISATIONS.forEach((gss, id) -> councils.stubFor(get(urlPathEqualTo("/v1/organisations"))
                .withQueryParam("councilGssCode", equalTo(gss))
                .willReturn(json(page(List.of(JSON.createObjectNode().put("id", id).put("name", "Council " + gss)
                        .put("kind", "LOCAL_AUTHORITY").put("councilGssCode", gss).put("status", "ACTIVE")))))));
        councils.stubFor(get(urlPathEqualTo("/v1/appointments")).atPriority(10).willReturn(json(page(List.of()))));
        // a well-formed GSS code of no council: councils-service answers 404, as it does
        councils.stubFor(get(urlPathEqualTo("/v1/appointments")).atPriority(5).withQueryParam("council", equalTo(NO_SUCH_COUNCIL))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:problem-type:intervention:not-found\",\"status\":404}")));
        setAppointments(STOCKPORT, STOKE, List.of(partnerInPractice("d0000000-0000-4000-8000-000000000004", STOKE)));
        setAppointments(ESSEX, STOKE, List.of(partnerInPractice("d0000000-0000-4000-8000-000000000005", STOKE)));
    }

    // ------------------------------------------------------------------ directions-service

    /** The duties of the two seed directions, as directions-service serves them. */
    public static List<ObjectNode> seedDuties() {
        try (InputStream in = Downstream.class.getResourceAsStream("/stubs/seed-duties.json")) {
            List<ObjectNode> out = new ArrayList<>();
            JSON.readTree(in).forEach(n -> out.add((ObjectNode) n));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A duty as directions-service's feed gives it, for a direction of a test council. */
    public static ObjectNode duty(String council, String directionDate, String code, String kind, List<String> providers,
                                  ObjectNode cadence) {
        String reference = council + "-" + directionDate;
        ObjectNode d = JSON.createObjectNode()
                .put("id", reference + "/" + code)
                .put("code", code)
                .put("directionReference", reference)
                .put("councilGssCode", council)
                .put("directionDate", directionDate)
                .put("directionStatus", "ISSUED")
                .putNull("revokedOn")
                .put("clause", "7.e.a")
                .put("kind", kind)
                .put("title", "Test duty " + code)
                .put("recipient", "DEPARTMENT_FOR_EDUCATION");
        ArrayNode p = d.putArray("providers");
        providers.forEach(p::add);
        d.set("cadence", cadence);
        return d;
    }

    public static ObjectNode cadence(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    /** The feed serves these duties (one page) with an ETag of their content, and 304 to a matching If-None-Match. */
    public static void setDuties(List<ObjectNode> duties) {
        ObjectNode body = page(new ArrayList<>(duties));
        String text = body.toString();
        String etag = "\"" + sha256(text).substring(0, 32) + "\"";
        directions.resetMappings();
        directions.stubFor(get(urlPathEqualTo("/v1/duties")).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", etag).withBody(text)));
        directions.stubFor(get(urlPathEqualTo("/v1/duties")).atPriority(1).withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
    }

    public static void directionsDown() {
        down(directions);
    }

    public static long directionsCalls() {
        return directions.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
    }

    // ------------------------------------------------------------------ councils-service

    public static ObjectNode council(String gss, String name, String rating, String publishedOn) {
        ObjectNode c = JSON.createObjectNode().put("gssCode", gss).put("name", name).put("type", "UNITARY_AUTHORITY")
                .put("region", "WEST_MIDLANDS");
        if (rating != null) {
            c.putObject("currentRating").put("overallEffectiveness", rating).put("publishedOn", publishedOn).put("framework", "SIF");
        }
        return c;
    }

    /** {@code GET /v1/councils} answers with these councils, whatever codes were asked for. */
    public static void setCouncils(List<ObjectNode> list) {
        councils.stubFor(get(urlPathEqualTo("/v1/councils")).willReturn(json(page(new ArrayList<>(list)))));
    }

    /** The appointments of a council's organisation for another council, active on any day asked. */
    public static void setAppointments(String holderCouncil, String forCouncil, List<ObjectNode> appointments) {
        councils.stubFor(get(urlPathEqualTo("/v1/appointments")).atPriority(1)
                .withQueryParam("organisationId", equalTo(ORGANISATIONS.get(holderCouncil)))
                .withQueryParam("council", equalTo(forCouncil))
                .willReturn(json(page(new ArrayList<>(appointments)))));
    }

    public static ObjectNode partnerInPractice(String id, String council) {
        ObjectNode a = JSON.createObjectNode().put("id", id).put("councilGssCode", council).put("startsOn", "2019-10-31");
        a.putObject("role").put("code", "PARTNER_IN_PRACTICE").put("name", "Partner in Practice");
        return a;
    }

    public static void councilsDown() {
        down(councils);
    }

    /** councils-service answers, but only after {@code millis}. */
    public static void councilsSlow(int millis) {
        councils.stubFor(any(anyUrl()).atPriority(0).willReturn(aResponse().withStatus(200).withFixedDelay(millis)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"limit\":200}")));
    }

    /** councils-service answers as it does, but each answer only after {@code millis}. */
    public static void councilsDelayed(int millis) {
        councils.setGlobalFixedDelay(millis);
    }

    public static long councilsCalls() {
        return councils.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
    }

    /** Calls to councils-service's council list that asked for this council. */
    public static long councilsCallsAsking(String gss) {
        return councils.countRequestsMatching(getRequestedFor(urlPathEqualTo("/v1/councils"))
                .withQueryParam("gss", equalTo(gss)).build()).getCount();
    }

    /**
     * The {@code traceparent} header of every request the stand-ins received since their journals were
     * last cleared, councils-service's first (null where a request had none).
     */
    public static List<String> traceparentsReceived() {
        List<String> out = new ArrayList<>();
        for (WireMockServer server : List.of(councils, directions)) {
            server.findAll(anyRequestedFor(anyUrl())).forEach(r -> out.add(r.getHeader("traceparent")));
        }
        return out;
    }

    /** The Authorization headers of every request either service received since the journals were cleared. */
    public static java.util.Set<String> authorizationsSeen() {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (WireMockServer server : List.of(councils, directions)) {
            server.findAll(anyRequestedFor(anyUrl())).forEach(r -> seen.add(String.valueOf(r.getHeader("Authorization"))));
        }
        return seen;
    }

    public static void clearJournals() {
        councils.resetRequests();
        directions.resetRequests();
    }

    // ------------------------------------------------------------------ helpers

    private static void down(WireMockServer server) {
        server.stubFor(any(anyUrl()).atPriority(0).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static ObjectNode page(List<? extends JsonNode> items) {
        ObjectNode p = JSON.createObjectNode();
        p.putArray("items").addAll(items);
        p.put("limit", 1000);
        return p;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(ObjectNode body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
