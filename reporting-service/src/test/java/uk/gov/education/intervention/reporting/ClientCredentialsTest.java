package uk.gov.education.intervention.reporting;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import uk.gov.education.intervention.reporting.accessrequest.repository.AccessRequestRepository;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;

/**
 * In production reporting-service gets its tokens for the other services from the identity
 * provider's client-credentials grant, through the Quarkus OIDC client and its REST client filter
 * ({@code quarkus.oidc-client.*}): here a WireMock issuer grants them.
 */
@QuarkusTest
@TestProfile(Reconfigured.class) // the Issuer below, with this service's client credentials
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientCredentialsTest extends StandInTest {

    /**
     * An identity provider's token endpoint that grants a fixed token for the right client credentials:
     * at first tokens that live one second, so that none is kept from one call to the next.
     */
    public static class Issuer implements QuarkusTestResourceLifecycleManager {
        static WireMockServer server;

        @Override
        public Map<String, String> start() {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            grants("short-lived", 1);
            // the first grant also starts the OIDC client's HTTP client: slow on a loaded machine, and inside the
            // first call's timeout, so the calls here are given longer than production's
            return Map.of(
                    "suite.downstream.councils-service.timeout", "15s",
                    "suite.downstream.directions-service.timeout", "15s",
                    "quarkus.oidc-client.token-path", server.baseUrl() + "/oauth2/token",
                    "quarkus.oidc-client.client-id", "reporting-service",
                    "quarkus.oidc-client.credentials.secret", "s3cret");
        }

        static void grants(String token, int expiresInSeconds) {
            server.resetAll();
            server.stubFor(post(urlEqualTo("/oauth2/token"))
                    .withRequestBody(containing("grant_type=client_credentials"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                                    + expiresInSeconds + "}")));
        }

        /** The token endpoint drops every connection: an identity provider that is down. */
        static void down() {
            server.resetAll();
            server.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        }

        static void refuses() {
            server.resetAll();
            server.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));
        }

        @Override
        public void stop() {
            server.stop();
        }
    }

    @Inject
    AccessRequestRepository accessRequests;

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    @BeforeEach
    void clearJournals() {
        Issuer.server.resetRequests();
        Downstream.clearJournals();
    }

    private static long grantsAsked() {
        return Issuer.server.countRequestsMatching(postRequestedFor(urlEqualTo("/oauth2/token")).build()).getCount();
    }

    /** The OIDC client keeps a granted token: one that is always near its expiry is asked for again at the next call. */
    private static void keptTokenExpiresThenIssuerGoesDown() {
        Issuer.grants("short-lived", 1);
        analyst().get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false));
        Issuer.down();
        Downstream.clearJournals();
    }

    @Test
    @Order(1)
    void aTokenNearItsExpiryIsAskedForAgain() {
        // tokens that live one second are within the renewal margin at once: every use asks again
        Issuer.grants("short-lived", 1);
        analyst().queryParam("council", Downstream.STOKE).get("/v1/due-items").then().statusCode(200);
        analyst().get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false));
        assertEquals(Set.of("Bearer short-lived"), Downstream.authorizationsSeen());
        assertEquals(4, grantsAsked(), "one grant per downstream call: the duties feed, then the feed, the councils and "
                + "the appointments that make Medway's Annex B.1 due");
    }

    @Test
    @Order(2)
    void anIssuerThatRefusesLeavesTheAnswerDegradedNotFailed() {
        Issuer.refuses();
        analyst().get("/v1/aggregates/monthly").then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("missing", hasItem(containsString("councils-service is unavailable")));
        assertEquals(Set.of(), Downstream.authorizationsSeen(), "nothing is sent without a token");
    }

    @Test
    @Order(9)
    void callsToTheOtherServicesCarryTheGrantedTokenWhichIsKeptUntilItExpires() {
        Issuer.grants("granted-token-1", 300);
        analyst().get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false));
        analyst().queryParam("council", Downstream.STOKE).get("/v1/due-items").then().statusCode(200);
        assertEquals(Set.of("Bearer granted-token-1"), Downstream.authorizationsSeen());
        // asked once, with the client's credentials
        assertEquals(1, grantsAsked());
        String authorization = Issuer.server.getAllServeEvents().get(0).getRequest().getHeader("Authorization");
        assertEquals("Basic " + Base64.getEncoder().encodeToString("reporting-service:s3cret".getBytes(StandardCharsets.UTF_8)),
                authorization);
    }

    @Test
    @Order(4)
    void anIssuerThatIsDownMakesAWriteThatNeedsCouncilsService503AndStoresNothing() {
        keptTokenExpiresThenIssuerGoesDown();
        long before = accessRequests.count();
        reporter(Downstream.STOCKPORT)
                .body(AccessRequestResourceTest.request(Downstream.STOKE, List.of("DOCUMENTS"), "Case files audited in October."))
                .post("/v1/access-requests").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", containsString("dependency-unavailable"))
                .body("detail", containsString("Nothing was changed"));
        assertEquals(before, accessRequests.count());
        assertEquals(Set.of(), Downstream.authorizationsSeen(), "nothing is sent without a token");
    }

    @Test
    @Order(5)
    void anIssuerOutageIsNotCountedAgainstTheOtherServicesCircuits() {
        keptTokenExpiresThenIssuerGoesDown();
        for (int i = 0; i < 12; i++) {
            analyst().get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(true));
        }
        // had those failures opened councils-service's circuit, the answer would stay degraded once the issuer is back
        Issuer.grants("granted-token-2", 1);
        analyst().get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false));
        assertEquals(Set.of("Bearer granted-token-2"), Downstream.authorizationsSeen());
    }
}
