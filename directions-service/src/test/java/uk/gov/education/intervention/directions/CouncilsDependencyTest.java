package uk.gov.education.intervention.directions;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.ContractedStandIn;
import uk.gov.education.intervention.directions.client.CouncilDirectory;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.directions.Drafts.reference;

/**
 * Issuing depends on councils-service to confirm the council. An unknown council is a 422 naming
 * the rule; a councils-service that fails, is slow beyond the timeout, or whose circuit is open is
 * a 503 dependency-unavailable problem, and in every case nothing is stored: the draft stays a
 * draft, the direction it would revoke stays in force, and no audit event is written.
 */
@QuarkusTest
class CouncilsDependencyTest {

    @Inject
    CircuitBreakerMaintenance circuits;

    @Inject
    CouncilDirectory directory;

    private static boolean warm;

    @BeforeEach
    @AfterEach
    void councilsServiceAnswersAgain() {
        CouncilsServiceStub.reset();
        if (!warm) {
            // the client's first call sets it up, which on a busy machine can take longer than the tests' 400 ms timeout
            warm = true;
            try {
                directory.find("E06000021");
            } catch (RuntimeException ignored) {
                // only the setting up mattered
            }
        }
        circuits.reset(CouncilDirectory.CIRCUIT);
    }

    /** An issued direction for a council of this test, and a draft that would revoke it; returns the draft's ETag. */
    private record Pair(String gss, String older, String draft, String draftEtag) {
    }

    private static Pair pair(String olderDate, String draftDate) {
        String gss = CouncilsServiceStub.testCouncil();
        Drafts.issued(Drafts.direction(gss, olderDate));
        String older = reference(gss, olderDate);
        String etag = Drafts.draft(Drafts.revoking(gss, draftDate, older));
        return new Pair(gss, older, reference(gss, draftDate), etag);
    }

    private static void councilsServiceAnswers(ResponseDefinitionBuilder answer) {
        CouncilsServiceStub.server().stubFor(get(urlPathMatching("/v1/councils/.*")).atPriority(0).willReturn(answer));
    }

    private static void assertNothingStored(Pair p) {
        analyst().get("/v1/directions/" + p.draft()).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("councilName", nullValue())
                .body("issuedAt", nullValue())
                .header("ETag", equalTo(p.draftEtag()));
        analyst().get("/v1/directions/" + p.older()).then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("revokedOn", nullValue())
                .body("revokedBy", nullValue());
        analyst().get("/v1/directions/" + p.draft() + "/history").then().body("items.action", contains("created"));
        analyst().get("/v1/directions/" + p.older() + "/history").then().body("items.action", contains("created", "issued"));
        analyst().queryParam("entityType", "direction").queryParam("entityId", p.draft()).get("/v1/audit").then()
                .body("items.action", contains("created"));
        analyst().queryParam("council", p.gss()).queryParam("inForceOn", "2031-01-01").get("/v1/directions").then()
                .body("items.reference", contains(p.older()));
    }

    private static void issueIsUnavailable(Pair p, String why) {
        admin().header("If-Match", p.draftEtag()).post("/v1/directions/" + p.draft() + "/issue").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:problem-type:intervention:dependency-unavailable"))
                .body("title", notNullValue())
                .body("status", equalTo(503))
                .body("dependency", equalTo("councils-service"))
                .body("detail", containsString(why))
                .body("detail", containsString("Nothing was changed"));
    }

    @Test
    void issuingForACouncilCouncilsServiceDoesNotKnowIsRefusedWithTheRuleNamed() {
        String ref = reference(CouncilsServiceStub.UNKNOWN_COUNCIL, "2021-09-01");
        String etag = Drafts.draft(Drafts.direction(CouncilsServiceStub.UNKNOWN_COUNCIL, "2021-09-01"));
        admin().header("If-Match", etag).post("/v1/directions/" + ref + "/issue").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:unknown-council"))
                .body("rule", equalTo("unknown-council"))
                .body("title", notNullValue())
                .body("status", equalTo(422))
                .body("detail", containsString(CouncilsServiceStub.UNKNOWN_COUNCIL));
        analyst().get("/v1/directions/" + ref).then().body("status", equalTo("DRAFT")).header("ETag", equalTo(etag));
        analyst().get("/v1/directions/" + ref + "/history").then().body("items.action", contains("created"));
        // "no such council" is an answer, not a failure: it neither opens the circuit nor is retried into one
        for (int i = 0; i < 10; i++) {
            admin().header("If-Match", etag).post("/v1/directions/" + ref + "/issue").then().statusCode(422);
        }
        assertEquals(CircuitBreakerState.CLOSED, circuits.currentState(CouncilDirectory.CIRCUIT));
    }

    @Test
    void aCouncilsServiceThatDropsTheConnectionIsA503AndNothingIsStored() {
        Pair p = pair("2020-09-01", "2021-09-01");
        councilsServiceAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        issueIsUnavailable(p, "could not be reached");
        assertNothingStored(p);

        // once councils-service answers again, the same draft is issued with the same ETag
        CouncilsServiceStub.reset();
        Drafts.issue(p.draft(), p.draftEtag());
        analyst().get("/v1/directions/" + p.older()).then().body("status", equalTo("REVOKED")).body("revokedBy", equalTo(p.draft()));
    }

    @Test
    void aCouncilsServiceThatAnswersWithAnErrorIsA503AndNothingIsStored() {
        Pair p = pair("2020-10-01", "2021-10-01");
        councilsServiceAnswers(aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":500,\"title\":\"Internal Server Error\"}"));
        issueIsUnavailable(p, "answered with HTTP 500");
        assertNothingStored(p);
    }

    @Test
    void aCouncilsServiceSlowerThanTheTimeoutIsA503AndNothingIsStored() {
        Pair p = pair("2020-11-01", "2021-11-01");
        // slower than the client's timeout (400 ms in tests), well within the HTTP read timeout
        CouncilsServiceStub.server().stubFor(get(urlPathMatching("/v1/councils/.*")).atPriority(0)
                .withMetadata(ContractedStandIn.offContract("too late to be read"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"gssCode\":\"" + p.gss() + "\",\"name\":\"Too late\"}").withFixedDelay(1500)));
        issueIsUnavailable(p, "did not answer in time");
        assertNothingStored(p);
    }

    @Test
    void onceCouncilsServiceKeepsFailingTheCircuitOpensAndIssuingIsStillA503() {
        Pair p = pair("2020-12-01", "2021-12-01");
        councilsServiceAnswers(aResponse().withFault(Fault.EMPTY_RESPONSE));
        for (int i = 0; i < 3; i++) {
            admin().header("If-Match", p.draftEtag()).post("/v1/directions/" + p.draft() + "/issue").then().statusCode(503);
        }
        assertEquals(CircuitBreakerState.OPEN, circuits.currentState(CouncilDirectory.CIRCUIT));
        int callsBefore = CouncilsServiceStub.server().getAllServeEvents().size();
        issueIsUnavailable(p, "has been failing");
        // while the circuit is open councils-service is not called at all
        assertEquals(callsBefore, CouncilsServiceStub.server().getAllServeEvents().size());
        assertNothingStored(p);
    }

    @Test
    void theDraftCanBeIssuedOnlyOnceWhateverCouncilsServiceSaid() {
        Pair p = pair("2020-08-01", "2021-08-01");
        String issued = Drafts.issue(p.draft(), p.draftEtag());
        analyst().get("/v1/directions/" + p.draft() + "/history").then().body("items.action", contains("created", "issued"));
        admin().header("If-Match", issued).post("/v1/directions/" + p.draft() + "/issue").then().statusCode(409);
        List<String> history = analyst().get("/v1/directions/" + p.older() + "/history").then().extract().jsonPath().getList("items.action");
        assertEquals(List.of("created", "issued", "revoked"), history);
    }
}
