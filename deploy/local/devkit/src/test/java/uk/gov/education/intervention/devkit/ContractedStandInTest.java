package uk.gov.education.intervention.devkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each check of a stand-in against the suite's committed contracts, seen to pass on a faithful stub
 * and to fail on a drifted one: a body the schema refuses, a field the consumer reads left out, an
 * undeclared status, a request to no operation, an undeclared or invalid parameter; and the
 * provider's replay check on a body that lost a field.
 */
class ContractedStandInTest {

    private static final String COUNCIL = "{\"gssCode\":\"E06000021\",\"laCode\":\"861\",\"name\":\"Stoke-on-Trent City Council\","
            + "\"type\":\"UNITARY_AUTHORITY\",\"region\":\"WEST_MIDLANDS\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private ContractedStandIn contract;
    private WireMockServer server;

    @BeforeEach
    void start() {
        contract = new ContractedStandIn("directions-service", "councils-service");
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1").extensions(contract));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private int send(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private void council(int status, String type, String body) {
        server.stubFor(get(urlPathEqualTo("/v1/councils/E06000021"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", type).withBody(body)));
    }

    private String violations() {
        return assertThrows(AssertionError.class, () -> contract.assertKept(server)).getMessage();
    }

    @Test
    void aFaithfulStubServedAsTheConsumerCallsItPasses() throws Exception {
        council(200, "application/json", COUNCIL);
        assertEquals(200, send("/v1/councils/E06000021"));
        assertDoesNotThrow(() -> contract.assertKept(server));
    }

    @Test
    void aStubWhoseBodyTheSchemaRefusesFailsEvenUnserved() {
        council(200, "application/json", COUNCIL.replace("\"UNITARY_AUTHORITY\"", "42"));
        assertTrue(violations().contains("GET /v1/councils/{gss}: status 200 body"));
    }

    @Test
    void aStubThatLeavesOutAFieldTheConsumerReadsFails() throws Exception {
        council(200, "application/json", COUNCIL.replace("\"name\":\"Stoke-on-Trent City Council\",", ""));
        send("/v1/councils/E06000021");
        String v = violations();
        assertTrue(v.contains("/name"), v);
    }

    @Test
    void anUndeclaredStatusOrContentTypeFails() {
        council(418, "application/json", "{}");
        assertTrue(violations().contains("status 418 is not declared"));
        council(200, "text/plain", "Stoke");
        assertTrue(violations().contains("Content-Type 'text/plain'"));
    }

    @Test
    void aRequestToNoOperationOrWithAParameterTheContractRefusesFails() throws Exception {
        server.stubFor(get(urlPathMatching("/.*")).atPriority(10).withMetadata(ContractedStandIn.offContract("catch-all of this test"))
                .willReturn(aResponse().withStatus(404)));
        send("/v1/council/E06000021");
        send("/v1/councils/E0600002X");
        send("/v1/councils?limit=500&gss=E06000021");
        send("/v1/councils?colour=red");
        String v = violations();
        assertTrue(v.contains("GET /v1/council/E06000021 is no operation"), v);
        assertTrue(v.contains("path parameter 'gss' = [E0600002X]"), v);
        assertTrue(v.contains("query parameter 'limit' = [500]"), v);
        assertTrue(v.contains("query parameter 'colour' is not declared"), v);
    }

    @Test
    void theProviderReplayFindsAFieldItNoLongerGives() throws Exception {
        var reads = List.of("/items/*/gssCode", "/items/*/currentRating?/framework", "/next?");
        var json = new ObjectMapper();
        var complete = json.readTree("{\"items\":[{\"gssCode\":\"E06000021\",\"currentRating\":{\"framework\":\"ILACS_2018\"}}]}");
        var renamed = json.readTree("{\"items\":[{\"gss\":\"E06000021\",\"currentRating\":{\"framework\":\"ILACS_2018\"}}]}");
        var unrated = json.readTree("{\"items\":[{\"gssCode\":\"E06000021\"}]}");
        var empty = json.readTree("{\"items\":[]}");
        assertEquals(List.of(), ConsumerExpectations.missingReads(complete, reads, true));
        assertEquals(List.of("/items/*/gssCode"), ConsumerExpectations.missingReads(renamed, reads, true));
        assertEquals(List.of("/items/*/currentRating?/framework"), ConsumerExpectations.missingReads(unrated, reads, true),
                "a replay must show what is read below an optional object");
        assertEquals(List.of(), ConsumerExpectations.missingReads(unrated, reads, false), "a stand-in may leave it out");
        assertEquals(2, ConsumerExpectations.missingReads(empty, reads, true).size(), "an empty list shows no field");
    }
}
