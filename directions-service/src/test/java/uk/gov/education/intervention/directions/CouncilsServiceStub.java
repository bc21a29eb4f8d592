package uk.gov.education.intervention.directions;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.gov.education.intervention.devkit.ContractedStandIn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Stands in for councils-service (WireMock on a free port) for every test of this module. It knows
 * the councils in {@link #KNOWN}, answers 404 problems for any other GSS code, and each test may
 * replace that behaviour (faults, delays) and restore it with {@link #reset()}.
 * <p>
 * It is bound to councils-service's committed contract and to what this service has recorded that it
 * relies on ({@code deploy/contracts/expectations/directions-service--councils-service.json}): after
 * every test, {@link StandInContractCheck} fails the test if a request or an answer broke them.
 */
@QuarkusTestResource(CouncilsServiceStub.class)
public class CouncilsServiceStub implements QuarkusTestResourceLifecycleManager {

    /** Councils councils-service holds in these tests: the two seed councils and a range of test-only codes. */
    public static final Map<String, String> KNOWN;

    /**
     * The test-only councils of {@link #KNOWN} (not Stoke-on-Trent or Medway), in a fixed order. Tests
     * take one each through {@link #testCouncil()} so that their directions never meet.
     */
    public static final List<String> TEST_COUNCILS;

    /** A GSS code that councils-service does not know (the stub answers 404 for it). */
    public static final String UNKNOWN_COUNCIL = "E06999999";

    private static final AtomicInteger NEXT_TEST_COUNCIL = new AtomicInteger();

    static {
        Map<String, String> known = new LinkedHashMap<>();
        known.put("E06000021", "Stoke-on-Trent City Council");
        known.put("E06000035", "Medway Council");
        known.put("E06000001", "Hartlepool Borough Council");
        known.put("E06000002", "Middlesbrough Council");
        known.put("E06000003", "Redcar and Cleveland Borough Council");
        known.put("E06000004", "Stockton-on-Tees Borough Council");
        known.put("E06000005", "Darlington Borough Council");
        known.put("E06000006", "Halton Borough Council");
        known.put("E06000007", "Warrington Borough Council");
        known.put("E06000008", "Blackburn with Darwen Borough Council");
        known.put("E06000009", "Blackpool Council");
        known.put("E06000010", "Hull City Council");
        // codes no real council has, so that a test council can never be mistaken for a real one
        for (int i = 1; i <= 200; i++) {
            known.put(String.format("E06900%03d", i), "Test Council " + i);
        }
        KNOWN = Collections.unmodifiableMap(known);
        TEST_COUNCILS = known.keySet().stream().filter(gss -> !gss.equals("E06000021") && !gss.equals("E06000035")).toList();
    }

    /** A test council no other test of this run has been given. */
    public static String testCouncil() {
        int n = NEXT_TEST_COUNCIL.getAndIncrement();
        if (n >= TEST_COUNCILS.size()) {
            throw new IllegalStateException("all " + TEST_COUNCILS.size() + " test councils are taken; add more to CouncilsServiceStub.KNOWN");
        }
        return TEST_COUNCILS.get(n);
    }

    private static WireMockServer server;
    private static final ContractedStandIn CONTRACT = new ContractedStandIn("directions-service", "councils-service");

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(CONTRACT));
        server.start();
        reset();
        return Map.of("quarkus.rest-client.councils-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Fails when the stand-in was sent a request, or gave an answer, that councils-service's contract does not allow. */
    public static void assertKeptItsContract() {
        if (server != null) {
            CONTRACT.assertKept(server);
        }
    }

    /** Back to a councils-service that answers: the known councils, and 404 for any other code. */
    public static void reset() {
        CONTRACT.checkStubs(server);
        server.resetAll();
        server.stubFor(get(urlPathMatching("/v1/councils/.*")).atPriority(10).willReturn(aResponse()
                .withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:problem-type:intervention:not-found\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"Council does not exist.\"}")));
        KNOWN.forEach((gss, name) -> server.stubFor(get("/v1/councils/" + gss).atPriority(1).willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"gssCode\":\"" + gss + "\",\"laCode\":\"999\",\"name\":\"" + name + "\",\"type\":\"UNITARY_AUTHORITY\","
                        + "\"region\":\"NORTH_EAST\"}"))));
    }
}
