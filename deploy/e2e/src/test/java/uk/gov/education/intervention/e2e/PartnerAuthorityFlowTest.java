package uk.gov.education.intervention.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.gov.education.intervention.devkit.DevTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The three services together, from their packaged applications, on one real PostgreSQL with the
 * seed data (and the development identities): a partner authority's whole flow across them, access
 * following the appointments councils-service records, and an outage of councils-service. Nothing is
 * stubbed: reporting-service learns the duties from directions-service, and what Stockport and the
 * Commissioner hold from councils-service, over HTTP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerAuthorityFlowTest {

    private static final String STOKE = "E06000021";
    private static final String MEDWAY = "E06000035";
    private static final String STOCKPORT = "E08000007";

    @RegisterExtension
    static final SharedSuite SUITE = new SharedSuite();

    private static RunningSuite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = SUITE.get();
        warmUp();
    }

    /**
     * The first calls between freshly started services can miss their timeouts on a busy machine
     * (class loading, connection pools): make them once, untested, before the flow is.
     */
    private static void warmUp() throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            int partner = reporting("council-reporter", STOCKPORT).queryParam("council", STOKE).get("/v1/due-items").statusCode();
            int analyst = reporting("dfe-analyst").get("/v1/aggregates/quarterly").then().extract().<Boolean>path("degraded") ? 503 : 200;
            if (partner == 200 && analyst == 200) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    private static RequestSpecification as(String service, String role, String... councils) {
        return RestAssured.given().baseUri(suite.url(service)).auth().oauth2(DevTokens.token(role, councils))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification reporting(String role, String... councils) {
        return as("reporting-service", role, councils);
    }

    private static Map<String, Object> monthCounts(String month) {
        return reporting("dfe-analyst").queryParam("council", STOKE).queryParam("from", month).queryParam("to", month)
                .get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false))
                .extract().jsonPath().getMap("councils[0].periods[0]");
    }

    private static int n(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }

    @Test
    @Order(1)
    void theSeedDataIsServedByEachService() {
        as("councils-service", "dfe-analyst").get("/v1/councils/" + STOKE).then().statusCode(200)
                .body("name", equalTo("Stoke-on-Trent City Council"))
                .body("currentRating.overallEffectiveness", equalTo("INADEQUATE"));
        as("directions-service", "dfe-analyst").get("/v1/directions/E06000021-2019-10-31").then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("clauses[0].items.find { it.reference == '7.d' }.duties", equalTo(List.of("partnership-deadline")));
        reporting("dfe-analyst").queryParam("council", STOKE).queryParam("kind", "PERFORMANCE_REVIEW")
                .queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get("/v1/due-items").then().statusCode(200)
                .body("items.dueOn", equalTo(List.of("2020-01-31", "2020-04-30", "2020-07-31", "2020-10-31")));
        reporting("dfe-analyst").queryParam("council", MEDWAY).queryParam("kind", "REVIEW")
                .queryParam("to", "2021-12-31").get("/v1/due-items").then().statusCode(200)
                .body("items.findAll { it.dutyId == 'E06000035-2020-01-07/commissioner-review' }.dueOn",
                        equalTo(List.of("2020-07-07", "2021-01-07")));
    }

    /** As packaged: health and metrics on the management port only; the API and its contract on the public one. */
    @Test
    @Order(1)
    void healthAndMetricsAreOnTheManagementPortOnly() {
        for (String service : List.of("councils-service", "directions-service", "reporting-service")) {
            for (String path : List.of("/q/metrics", "/q/health/ready", "/q/health/live", "/q/health")) {
                RestAssured.given().baseUri(suite.url(service)).get(path).then().statusCode(404)
                        .contentType("application/problem+json");
            }
            RestAssured.given().baseUri(suite.managementUrl(service)).get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP")).body("checks", equalTo(List.of(Map.of("name", "database", "status", "UP"))));
            RestAssured.given().baseUri(suite.managementUrl(service)).accept("text/plain").get("/q/metrics").then()
                    .statusCode(200).body(containsString("jvm_memory_used_bytes"));
            RestAssured.given().baseUri(suite.url(service)).get("/q/openapi").then().statusCode(200);
            RestAssured.given().baseUri(suite.managementUrl(service)).get("/q/openapi").then().statusCode(404);
        }
    }

    @Test
    @Order(2)
    void aPartnerAuthoritySeesWhatIsDueSubmitsIsReturnedResubmitsAndIsAccepted() {
        // 1. Stockport, Partner in Practice for Stoke-on-Trent, sees what it owes now
        JsonPath due = reporting("council-reporter", STOCKPORT).queryParam("council", STOKE).queryParam("status", "DUE")
                .get("/v1/due-items").then().statusCode(200).body("degraded", equalTo(false)).extract().jsonPath();
        List<String> dutyIds = due.getList("items.dutyId");
        assertFalse(dutyIds.isEmpty(), "Stockport owes its section of the current monthly progress report");
        assertEquals(List.of("E06000021-2019-10-31/monthly-progress-report"), dutyIds.stream().distinct().toList());
        String item = due.getString("items[0].id");
        String month = due.getString("items[0].dueOn").substring(0, 7);
        Map<String, Object> before = monthCounts(month);

        // 2. it submits its section
        String id = reporting("council-reporter", STOCKPORT).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("dueItemId", item, "sections", List.of(Map.of("contributor", "PARTNER_IN_PRACTICE",
                        "narrative", "Stockport's practice leads audited 40 cases this month."))))
                .post("/v1/submissions").then().statusCode(201)
                .body("sections[0].organisationGssCode", equalTo(STOCKPORT)).extract().path("id");
        Map<String, Object> submitted = monthCounts(month);
        assertEquals(n(before, "received") + 1, n(submitted, "received"));
        assertEquals(n(before, "onTime") + 1, n(submitted, "onTime"));

        // 3. the Commissioner (her development identity, linked to her record in councils-service) returns it,
        //    with a comment addressed to Stockport's section, which Stockport reads (and no reviewer's name)
        String etag = reporting("commissioner", STOKE).get("/v1/submissions/" + id).then().statusCode(200).extract().header("ETag");
        reporting("commissioner", STOKE).header("If-Match", etag)
                .body(Map.of("decision", "RETURN", "sectionComments", List.of(Map.of("contributor", "PARTNER_IN_PRACTICE",
                        "organisationGssCode", STOCKPORT, "comments", "Please add what the audits found."))))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(200).body("status", equalTo("RETURNED"));
        reporting("council-reporter", STOCKPORT).get("/v1/due-items/" + item).then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        reporting("council-reporter", STOCKPORT).get("/v1/submissions/" + id).then().statusCode(200)
                .body("reviews[0].sectionComments[0].comments", equalTo("Please add what the audits found."))
                .body("reviews[0].reviewer", nullValue());
        assertEquals(n(before, "returned") + 1, n(monthCounts(month), "returned"));

        // 4. Stockport resubmits; 5. the Commissioner accepts
        String etag2 = reporting("council-reporter", STOCKPORT).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("sections", List.of(Map.of("contributor", "PARTNER_IN_PRACTICE",
                        "narrative", "Stockport's practice leads audited 40 cases; 31 met the standard."))))
                .post("/v1/submissions/" + id + "/versions").then().statusCode(201).body("currentVersion", equalTo(2))
                .extract().header("ETag");
        reporting("commissioner", STOKE).header("If-Match", etag2).body(Map.of("decision", "ACCEPT"))
                .post("/v1/submissions/" + id + "/reviews").then().statusCode(200).body("status", equalTo("ACCEPTED"));

        // 6. the aggregate has changed: received on time, accepted
        Map<String, Object> after = monthCounts(month);
        assertEquals(n(before, "received") + 1, n(after, "received"));
        assertEquals(n(before, "onTime") + 1, n(after, "onTime"));
        assertEquals(n(before, "accepted") + 1, n(after, "accepted"));
        assertEquals(n(before, "returned"), n(after, "returned"));
        reporting("dfe-analyst").get("/v1/submissions/" + id + "/versions").then().statusCode(200).body("$", hasSize(2));

        // and nobody else's users reach it
        reporting("council-reporter", MEDWAY).get("/v1/submissions/" + id).then().statusCode(403);
        reporting("council-reporter", STOCKPORT).queryParam("council", MEDWAY).get("/v1/due-items").then().statusCode(403);
        // without a council, Stockport's list covers every council where it holds an appointment: Stoke-on-Trent
        reporting("council-reporter", STOCKPORT).queryParam("limit", 200).get("/v1/due-items").then().statusCode(200)
                .body("items.councilGssCode", everyItem(equalTo(STOKE))).body("items.id", hasItem(item));
    }

    @Test
    @Order(3)
    void whoWritesASectionFollowsTheAppointmentsCouncilsServiceRecords() {
        // Medway's quarterly report to the Secretary of State is owed by its Improvement Board's chair, and none is recorded:
        // neither Medway's staff nor its Commissioner may file it
        String item = "E06000035-2020-01-07.quarterly-report-to-secretary-of-state.2020-04-07";
        Map<String, Object> body = Map.of("dueItemId", item, "sections", List.of(Map.of("contributor", "IMPROVEMENT_BOARD_CHAIR",
                "narrative", "Quarterly progress.")));
        for (String[] caller : List.of(new String[]{"council-reporter", MEDWAY}, new String[]{"commissioner", MEDWAY})) {
            reporting(caller[0], caller[1]).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                    .post("/v1/submissions").then().statusCode(403).body("rule", equalTo("section-writer"));
        }
        reporting("dfe-analyst").queryParam("dueItemId", item).get("/v1/submissions").then().statusCode(200).body("items", hasSize(0));

        // the Department records a chair and links the chair's identity: the chair files it
        String chair = as("councils-service", "dfe-admin").body(Map.of("fullName", "Medway Board Chair (test)"))
                .post("/v1/people").then().statusCode(201).extract().path("id");
        as("councils-service", "dfe-admin").body(Map.of("issuer", DevTokens.ISSUER,
                        "subject", DevTokens.subject("council-reporter", MEDWAY, "board-chair")))
                .post("/v1/people/" + chair + "/identities").then().statusCode(201);
        as("councils-service", "dfe-admin").body(Map.of("roleCode", "IMPROVEMENT_BOARD_CHAIR", "councilGssCode", MEDWAY,
                        "personId", chair, "startsOn", "2020-01-07",
                        "instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "e2e test", "date", "2020-01-07")))
                .post("/v1/appointments").then().statusCode(201);
        RestAssured.given().baseUri(suite.url("reporting-service")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .auth().oauth2(DevTokens.personToken("council-reporter", MEDWAY, "board-chair"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/v1/submissions").then().statusCode(201)
                .body("sections[0].authoredBy", equalTo(DevTokens.subject("council-reporter", MEDWAY, "board-chair")));
        reporting("council-reporter", MEDWAY).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/v1/submissions").then().statusCode(403);
    }

    @Test
    @Order(4)
    void withCouncilsServiceStoppedTheAggregateIsDegradedAndWholeAgainOnceItIsBack() throws Exception {
        reporting("dfe-analyst").get("/v1/aggregates/quarterly").then().statusCode(200).body("degraded", equalTo(false));
        suite.stop("councils-service");
        try {
            reporting("dfe-analyst").get("/v1/aggregates/quarterly").then().statusCode(200)
                    .header("Warning", nullValue()) // RFC 9111 obsoletes Warning: the body says it
                    .body("degraded", equalTo(true))
                    .body("missing", hasItem(containsString("councils-service is unavailable")));
            // what needs no council keeps working, and so does what a council's own staff read of their council
            reporting("dfe-analyst").queryParam("council", STOKE).get("/v1/due-items").then().statusCode(200)
                    .body("degraded", equalTo(false));
            reporting("council-reporter", STOKE).queryParam("council", STOKE).get("/v1/due-items").then().statusCode(200);
            // what follows an appointment cannot be decided: 503, never a default
            reporting("council-reporter", STOCKPORT).queryParam("council", STOKE).get("/v1/due-items").then().statusCode(503)
                    .contentType("application/problem+json").body("dependency", equalTo("councils-service"));
        } finally {
            suite.restart("councils-service");
        }
        // a councils-service just started may miss the first call's timeout while it warms up: whole again soon, not at once
        for (int i = 0; i < 60 && reporting("dfe-analyst").get("/v1/aggregates/quarterly").then().statusCode(200)
                .extract().<Boolean>path("degraded"); i++) {
            Thread.sleep(500);
        }
        reporting("dfe-analyst").get("/v1/aggregates/quarterly").then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("councils.find { it.gssCode == 'E06000021' }.name", equalTo("Stoke-on-Trent City Council"));
    }
}
