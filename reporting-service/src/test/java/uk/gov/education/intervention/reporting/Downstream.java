package uk.gov.education.intervention.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.gov.education.intervention.devkit.ContractedStandIn;
import uk.gov.education.intervention.devkit.DevTokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Stands in for councils-service and directions-service (two WireMock servers on free loopback
 * ports) in every test of this module. By default they answer as the real services do with the
 * seed data (and the development identities) loaded: the duties of the two seed directions
 * (captured from directions-service's {@code /v1/duties}), the four seed councils, and the seed
 * appointments, which {@code /v1/role-holdings} answers from as councils-service does: Eleanor
 * Brazil OBE as Commissioner for Stoke-on-Trent and non-executive Commissioner for Medway (the
 * development commissioner identities of both councils linked to her), Stockport and Essex as
 * Partners in Practice for Stoke-on-Trent. Tests may change that (other duties, councils,
 * appointments and identities, faults) and go back with {@link #reset()}.
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

    /** The seed Commissioner's person id in councils-service, and the development identities linked to her. */
    public static final String ELEANOR = "c0000000-0000-4000-8000-000000000001";
    public static final String DEV_ISSUER = "https://dev-only.intervention.invalid";

    /** An appointment as councils-service holds it: of a person (by id) or an organisation (by its council), for a council or none. */
    public record Appointment(String id, String role, String council, String personId, String organisationGss,
                              LocalDate startsOn, LocalDate endsOn) {
        boolean activeOn(LocalDate d) {
            return !startsOn.isAfter(d) && (endsOn == null || !endsOn.isBefore(d));
        }
    }

    private static final List<Appointment> APPOINTMENTS = new CopyOnWriteArrayList<>();
    /** "issuer subject" of a token identity, to the id of the person it is linked to. */
    private static final Map<String, String> IDENTITIES = new ConcurrentHashMap<>();
    private static final Set<String> KNOWN_COUNCILS = ConcurrentHashMap.newKeySet();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer councils;
    private static WireMockServer directions;
    private static final EventsStandIn COUNCIL_EVENTS = new EventsStandIn("council-events", KNOWN_COUNCILS);
    private static final EventsStandIn DIRECTION_EVENTS = new EventsStandIn("direction-events", null);
    private static final ContractedStandIn COUNCILS_CONTRACT = new ContractedStandIn("reporting-service", "councils-service");
    private static final ContractedStandIn DIRECTIONS_CONTRACT = new ContractedStandIn("reporting-service", "directions-service");

    @Override
    public Map<String, String> start() {
        councils = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new RoleHoldingsStandIn(), new AppointmentsStandIn(), COUNCIL_EVENTS, COUNCILS_CONTRACT));
        directions = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(DIRECTION_EVENTS, DIRECTIONS_CONTRACT));
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

    /**
     * Fails when either stand-in was sent a request its service's contract does not allow, or gave an
     * answer the contract does not declare, since this was last called.
     */
    public static void assertStandInsKeptTheirContracts() {
        if (councils != null) {
            COUNCILS_CONTRACT.assertKept(councils);
            DIRECTIONS_CONTRACT.assertKept(directions);
        }
    }

    /** Both services answering with the seed data, and their request journals cleared. */
    public static void reset() {
        COUNCILS_CONTRACT.checkStubs(councils);
        DIRECTIONS_CONTRACT.checkStubs(directions);
        councils.resetAll();
        councils.setGlobalFixedDelay(0);
        directions.resetAll();
        directions.setGlobalFixedDelay(0);
        setDuties(seedDuties());
        setCouncils(List.of(
                council(STOKE, "Stoke-on-Trent City Council", "INADEQUATE", "2019-03-18"),
                council(MEDWAY, "Medway Council", "INADEQUATE", "2019-08-27"),
                council(STOCKPORT, "Stockport Metropolitan Borough Council", null, null),
                council(ESSEX, "Essex County Council", null, null)));
        councils.stubFor(get(urlPathEqualTo("/v1/role-holdings")).willReturn(aResponse().withTransformers(RoleHoldingsStandIn.NAME)));
        councils.stubFor(get(urlPathEqualTo("/v1/appointments")).willReturn(aResponse().withTransformers(AppointmentsStandIn.NAME)));
        councils.stubFor(get(urlPathMatching("/v1/councils/[^/]+/events")).willReturn(aResponse().withTransformers(COUNCIL_EVENTS.getName())));
        standInForReferenceData();
        KNOWN_COUNCILS.clear();
        KNOWN_COUNCILS.addAll(List.of(STOKE, MEDWAY, STOCKPORT, ESSEX));
        COUNCIL_EVENTS.events.clear();
        DIRECTION_EVENTS.events.clear();
        APPOINTMENTS.clear();
        APPOINTMENTS.addAll(List.of(
                new Appointment("d0000000-0000-4000-8000-000000000001", "CHILDRENS_SERVICES_COMMISSIONER", STOKE, ELEANOR, null,
                        LocalDate.of(2019, 5, 16), LocalDate.of(2019, 10, 30)),
                new Appointment("d0000000-0000-4000-8000-000000000002", "CHILDRENS_SERVICES_COMMISSIONER", STOKE, ELEANOR, null,
                        LocalDate.of(2019, 10, 31), null),
                new Appointment("d0000000-0000-4000-8000-000000000003", "NON_EXECUTIVE_COMMISSIONER", MEDWAY, ELEANOR, null,
                        LocalDate.of(2020, 1, 7), null),
                new Appointment("d0000000-0000-4000-8000-000000000004", "PARTNER_IN_PRACTICE", STOKE, null, STOCKPORT,
                        LocalDate.of(2019, 10, 31), null),
                new Appointment("d0000000-0000-4000-8000-000000000005", "PARTNER_IN_PRACTICE", STOKE, null, ESSEX,
                        LocalDate.of(2019, 10, 31), null)));
        IDENTITIES.clear();
        linkIdentity(DevTokens.subject("commissioner", STOKE, null), ELEANOR);
        linkIdentity(DevTokens.subject("commissioner", MEDWAY, null), ELEANOR);
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
        directions.stubFor(get(urlPathMatching("/v1/councils/[^/]+/directions/events"))
                .willReturn(aResponse().withTransformers(DIRECTION_EVENTS.getName())));
        directions.stubFor(get(urlPathEqualTo("/v1/duties")).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", etag).withBody(text)));
        directions.stubFor(get(urlPathEqualTo("/v1/duties")).atPriority(1).withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
    }

    /**
     * The feed serves these duties in pages of {@code perPage}, as directions-service does: the first page's ETag
     * ({@code feedTag}) stands for the whole feed, later pages are reached by their cursor and tagged by content.
     */
    public static void setDutiesInPages(List<ObjectNode> duties, int perPage, String feedTag) {
        directions.resetMappings();
        directions.stubFor(get(urlPathMatching("/v1/councils/[^/]+/directions/events"))
                .willReturn(aResponse().withTransformers(DIRECTION_EVENTS.getName())));
        for (int from = 0, n = 0; from < duties.size(); from += perPage, n++) {
            ObjectNode body = page(new ArrayList<>(duties.subList(from, Math.min(duties.size(), from + perPage))));
            if (from + perPage < duties.size()) {
                body.put("next", "page-" + (n + 1));
            }
            String text = body.toString();
            String etag = n == 0 ? feedTag : "\"" + sha256(text).substring(0, 32) + "\"";
            var request = get(urlPathEqualTo("/v1/duties"));
            request = n == 0 ? request.withQueryParam("cursor", absent()) : request.withQueryParam("cursor", equalTo("page-" + n));
            directions.stubFor(request.atPriority(10).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withHeader("ETag", etag).withBody(text)));
            if (n == 0) {
                directions.stubFor(get(urlPathEqualTo("/v1/duties")).withQueryParam("cursor", absent()).atPriority(1)
                        .withHeader("If-None-Match", equalTo(feedTag)).willReturn(aResponse().withStatus(304).withHeader("ETag", feedTag)));
            }
        }
    }

    /** How many times the duties feed was asked for, any page. */
    public static long dutiesCalls() {
        return directions.countRequestsMatching(getRequestedFor(urlPathEqualTo("/v1/duties")).build()).getCount();
    }

    public static void directionsDown() {
        down(directions);
    }

    /** directions-service answers every request with HTTP 200, labelled JSON, and this body (no ETag). */
    public static void directionsAnswer(String body) {
        directions.stubFor(any(anyUrl()).atPriority(0).withMetadata(ContractedStandIn.offContract("garbage on purpose"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    public static long directionsCalls() {
        return directions.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
    }

    /** directions-service lists this event of a council (a direction issued or revoked). */
    public static void directionEvent(String council, LocalDate on, String kind, String reference) {
        DIRECTION_EVENTS.events.add(new EventsStandIn.Event(council, on, kind, reference, kind + " " + reference,
                "/v1/directions/" + reference));
    }

    /** Calls to directions-service's list of a council's events since the journals were cleared. */
    public static long directionEventsCalls() {
        return directions.countRequestsMatching(getRequestedFor(urlPathMatching("/v1/councils/[^/]+/directions/events")).build()).getCount();
    }

    // ------------------------------------------------------------------ councils-service

    /** councils-service lists this event of a council (an inspection, appointment or partnership, by id). */
    public static void councilEvent(String council, LocalDate on, String kind, String id, String href) {
        COUNCIL_EVENTS.events.add(new EventsStandIn.Event(council, on, kind, id, kind + " " + id, href));
    }

    /** Calls to councils-service's list of a council's events since the journals were cleared. */
    public static long councilEventsCalls() {
        return councils.countRequestsMatching(getRequestedFor(urlPathMatching("/v1/councils/[^/]+/events")).build()).getCount();
    }

    public static ObjectNode council(String gss, String name, String rating, String publishedOn) {
        ObjectNode c = JSON.createObjectNode().put("gssCode", gss).put("name", name).put("type", "UNITARY_AUTHORITY")
                .put("region", "WEST_MIDLANDS");
        if (rating != null) {
            c.putObject("currentRating").put("overallEffectiveness", rating).put("publishedOn", publishedOn).put("framework", "ILACS_2018");
        }
        return c;
    }

    /** {@code GET /v1/councils} answers with these councils, whatever codes were asked for. */
    public static void setCouncils(List<ObjectNode> list) {
        councils.stubFor(get(urlPathEqualTo("/v1/councils")).willReturn(json(page(new ArrayList<>(list)))));
    }

    /** The role codes councils-service seeds (its reference data), in its order. */
    public static final List<String> ROLES = List.of("CHILDRENS_SERVICES_COMMISSIONER", "NON_EXECUTIVE_COMMISSIONER",
            "IMPROVEMENT_ADVISOR", "PARTNER_IN_PRACTICE", "LEADERSHIP_IMPROVEMENT_PARTNER", "REGIONAL_IMPROVEMENT_ALLIANCE",
            "DIRECTOR_OF_CHILDRENS_SERVICES", "IMPROVEMENT_BOARD_CHAIR", "MINISTER_CHILDREN_FAMILIES", "SENIOR_CIVIL_SERVANT");

    /**
     * {@code GET /v1/roles} lists the seed roles; {@code GET /v1/organisations/{id}} answers the seed councils' local
     * authorities and {@code GET /v1/people/{id}} the seed Commissioner, each 404 for any other id, as councils-service does.
     */
    private static void standInForReferenceData() {
        ObjectNode roles = JSON.createObjectNode().put("limit", 50);
        ArrayNode items = roles.putArray("items");
        ROLES.forEach(code -> items.addObject().put("code", code).put("name", "Role " + code)
                .put("holderKind", code.contains("PARTNER") || code.contains("ADVISOR") || code.contains("ALLIANCE") ? "ORGANISATION" : "PERSON")
                .put("councilScoped", true).put("description", "The seed role " + code));
        councils.stubFor(get(urlPathEqualTo("/v1/roles")).willReturn(json(roles)));
        String notFound = "{\"type\":\"urn:problem-type:intervention:not-found\",\"status\":404,\"title\":\"Not found\"}";
        for (String path : List.of("/v1/organisations/[^/]+", "/v1/people/[^/]+")) {
            councils.stubFor(get(urlPathMatching(path)).atPriority(10).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json").withBody(notFound)));
        }
        ORGANISATIONS.forEach((gss, id) -> councils.stubFor(get(urlPathEqualTo("/v1/organisations/" + id)).atPriority(1)
                .willReturn(json(JSON.createObjectNode().put("id", id).put("name", "Council " + gss).put("kind", "LOCAL_AUTHORITY")
                        .put("councilGssCode", gss).put("status", "ACTIVE")))));
        councils.stubFor(get(urlPathEqualTo("/v1/people/" + ELEANOR)).atPriority(1)
                .willReturn(json(JSON.createObjectNode().put("id", ELEANOR).put("fullName", "Eleanor Brazil").put("honours", "OBE")
                        .put("displayName", "Eleanor Brazil OBE").put("jobTitle", "Children's Services Commissioner")
                        .put("status", "ACTIVE"))));
    }

    /** Calls to councils-service's roles, organisation and person look-ups since the journals were cleared. */
    public static long ownerLookups() {
        return councils.countRequestsMatching(getRequestedFor(urlPathMatching("/v1/(roles|organisations/[^/]+|people/[^/]+)")).build())
                .getCount();
    }

    /** Records an appointment (as dfe-admin would in councils-service); returns its id. */
    public static String appoint(String role, String council, String personId, String organisationGss, LocalDate startsOn,
                                 LocalDate endsOn) {
        Appointment a = new Appointment(UUID.randomUUID().toString(), role, council, personId, organisationGss, startsOn, endsOn);
        APPOINTMENTS.add(a);
        return a.id();
    }

    /** Ends every appointment of an organisation for a council on the day given (its last day). */
    public static void endAppointments(String organisationGss, String council, LocalDate lastDay) {
        APPOINTMENTS.replaceAll(a -> organisationGss.equals(a.organisationGss()) && council.equals(a.council())
                ? new Appointment(a.id(), a.role(), a.council(), a.personId(), a.organisationGss(), a.startsOn(), lastDay) : a);
    }

    /** Ends every appointment of a person for a council on the day given (its last day). */
    public static void endAppointmentsOfPerson(String personId, String council, LocalDate lastDay) {
        APPOINTMENTS.replaceAll(a -> personId.equals(a.personId()) && council.equals(a.council())
                ? new Appointment(a.id(), a.role(), a.council(), a.personId(), a.organisationGss(), a.startsOn(),
                a.endsOn() != null && a.endsOn().isBefore(lastDay) ? a.endsOn() : lastDay) : a);
    }

    /** Links a development token identity (its subject, under the development issuer) to a person. */
    public static void linkIdentity(String subject, String personId) {
        IDENTITIES.put(DEV_ISSUER + " " + subject, personId);
    }

    /** Calls to councils-service's appointments list since the journals were cleared. */
    public static long appointmentsCalls() {
        return councils.countRequestsMatching(getRequestedFor(urlPathEqualTo("/v1/appointments")).build()).getCount();
    }

    /** Calls to councils-service's appointments list for one council alone since the journals were cleared. */
    public static long appointmentsCallsFor(String council) {
        return councils.countRequestsMatching(getRequestedFor(urlPathEqualTo("/v1/appointments"))
                .withQueryParam("council", equalTo(council)).build()).getCount();
    }

    /** Calls to councils-service's role-holdings query since the journals were cleared. */
    public static long roleHoldingsCalls() {
        return councils.countRequestsMatching(getRequestedFor(urlPathEqualTo("/v1/role-holdings")).build()).getCount();
    }

    public static void councilsDown() {
        down(councils);
    }

    /** councils-service answers, but only after {@code millis}. */
    public static void councilsSlow(int millis) {
        councils.stubFor(any(anyUrl()).atPriority(0).withMetadata(ContractedStandIn.offContract("too late to be read"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(millis)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"limit\":200}")));
    }

    /** councils-service answers as it does, but each answer only after {@code millis}. */
    public static void councilsDelayed(int millis) {
        councils.setGlobalFixedDelay(millis);
    }

    /** directions-service answers as it does, but each answer only after {@code millis}. */
    public static void directionsDelayed(int millis) {
        directions.setGlobalFixedDelay(millis);
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

    /** A stand-in answer computed per request, applied only to the stubs that name it. */
    abstract static class StandIn implements ResponseDefinitionTransformerV2 {
        private final String name;

        StandIn(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        /** A query parameter's first value; null when absent or empty. */
        static String param(Request r, String name) {
            QueryParameter p = r.queryParameter(name);
            return p != null && p.isPresent() && !p.firstValue().isEmpty() ? p.firstValue() : null;
        }
    }

    /**
     * councils-service's {@code GET /v1/role-holdings}, answered from the appointments and identities
     * above as councils-service answers it: 404 for a council it does not know.
     */
    static final class RoleHoldingsStandIn extends StandIn {
        static final String NAME = "role-holdings";

        RoleHoldingsStandIn() {
            super(NAME);
        }


        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request r = event.getRequest();
            String council = param(r, "council");
            if (council != null && !KNOWN_COUNCILS.contains(council)) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:problem-type:intervention:not-found\",\"status\":404}").build();
            }
            LocalDate on = LocalDate.parse(param(r, "on"));
            String issuer = param(r, "issuer");
            String subject = param(r, "subject");
            String organisation = param(r, "organisationGssCode");
            String person = issuer == null || subject == null ? null : IDENTITIES.get(issuer + " " + subject);
            ObjectNode body = JSON.createObjectNode().put("on", on.toString());
            body.put("councilGssCode", council);
            if (person != null) {
                body.putObject("person").put("id", person).put("name", "Person " + person);
            }
            if (organisation != null && KNOWN_COUNCILS.contains(organisation)) {
                body.putObject("organisation").put("id", ORGANISATIONS.getOrDefault(organisation, UUID.randomUUID().toString()))
                        .put("name", "Council " + organisation).put("councilGssCode", organisation);
            }
            ArrayNode holdings = body.putArray("holdings");
            for (Appointment a : APPOINTMENTS) {
                boolean holder = (person != null && person.equals(a.personId()))
                        || (organisation != null && organisation.equals(a.organisationGss()));
                if (holder && a.activeOn(on) && (council == null || a.council() == null || council.equals(a.council()))) {
                    holdings.addObject().put("councilGssCode", a.council()).put("roleCode", a.role())
                            .put("roleName", a.role()).put("heldBy", a.personId() != null ? "PERSON" : "ORGANISATION")
                            .put("appointmentId", a.id()).put("startsOn", a.startsOn().toString());
                }
            }
            if (council != null) {
                ArrayNode filled = body.putArray("filledRoles");
                APPOINTMENTS.stream().filter(a -> council.equals(a.council()) && a.activeOn(on)).map(Appointment::role)
                        .distinct().sorted().forEach(filled::add);
            }
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(body.toString()).build();
        }
    }

    /**
     * councils-service's {@code GET /v1/appointments} ({@code role}, {@code council}, {@code activeOn}), answered from the
     * appointments above in one page, as councils-service answers it (an appointment recorded here is
     * a first appointment, never an extension or renewal).
     */
    static final class AppointmentsStandIn extends StandIn {
        static final String NAME = "appointments";

        AppointmentsStandIn() {
            super(NAME);
        }


        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request r = event.getRequest();
            String role = param(r, "role");
            String council = param(r, "council");
            String activeOn = param(r, "activeOn");
            ObjectNode body = JSON.createObjectNode().put("limit", 200);
            ArrayNode items = body.putArray("items");
            for (Appointment a : APPOINTMENTS) {
                if ((role == null || role.equals(a.role())) && (council == null || council.equals(a.council()))
                        && (activeOn == null || a.activeOn(LocalDate.parse(activeOn)))) {
                    ObjectNode o = items.addObject().put("id", a.id()).put("councilGssCode", a.council())
                            .put("startsOn", a.startsOn().toString()).put("endsOn", a.endsOn() == null ? null : a.endsOn().toString())
                            .putNull("previousAppointmentId");
                    o.putObject("role").put("code", a.role()).put("name", a.role());
                    o.putObject("holder").put("kind", a.personId() != null ? "PERSON" : "ORGANISATION")
                            .put("id", a.personId() != null ? a.personId() : ORGANISATIONS.getOrDefault(a.organisationGss(), a.organisationGss()))
                            .put("name", a.personId() != null ? "Person " + a.personId() : "Council " + a.organisationGss());
                }
            }
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(body.toString()).build();
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
