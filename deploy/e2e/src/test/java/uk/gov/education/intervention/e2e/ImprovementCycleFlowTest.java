package uk.gov.education.intervention.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.gov.education.intervention.devkit.DevTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11's step of the flow across the packaged services: Stockport, Stoke-on-Trent's Partner in Practice,
 * pushes its section of a monthly report with updates to Stoke-on-Trent's improvement plan; the Commissioner
 * accepts it; the plan then shows the action's new status and the measure's value, sourced from the report;
 * a subscriber's receiver on loopback is sent the acceptance, signed with its subscription's secret; and the
 * council's timeline lists the acceptance and the plan's changes.
 */
class ImprovementCycleFlowTest {

    private static final String STOKE = Tokens.STOKE;
    private static final String STOCKPORT = Tokens.STOCKPORT;
    private static final String PLAN = "/v1/councils/" + STOKE + "/improvement-plan";
    /** A past month of the monthly report that no other test of this module pushes to (DependencyFaultsTest uses 2020's). */
    private static final String MONTH = "2021-05";

    @RegisterExtension
    static final SharedSuite SUITE = new SharedSuite();

    private static RequestSpecification as(String role, String... councils) {
        return RestAssured.given().baseUri(SUITE.get().url("reporting-service")).auth().oauth2(DevTokens.token(role, councils))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String planEtag() {
        return as("dfe-admin").get(PLAN).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void stockportsAcceptedSectionUpdatesStokesPlanIsDeliveredToASubscriberAndShowsInTheTimeline() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // 1. dfe-admin starts Stoke-on-Trent's plan (or finds it started) with an action and a measure
        int started = as("dfe-admin").post(PLAN).then().extract().statusCode();
        assertTrue(started == 201 || started == 200, "the plan is started: " + started);
        String action = as("dfe-admin").header("If-Match", planEtag())
                .body(Bodies.map("statement", "Audit every child protection plan open over 18 months (e2e " + UUID.randomUUID() + ").",
                        "stage", "HELP_AND_PROTECTION", "owner", Bodies.map("kind", "ROLE", "reference", "DIRECTOR_OF_CHILDRENS_SERVICES"),
                        "targetDate", today.plusMonths(6).toString()))
                .post(PLAN + "/actions").then().statusCode(201).body("status", equalTo("NOT_STARTED")).extract().path("id");
        String measure = as("dfe-admin").header("If-Match", planEtag())
                .body(Bodies.map("name", "Audited cases meeting the standard (e2e)", "unit", "%", "target", 80, "direction", "HIGHER_IS_BETTER"))
                .post(PLAN + "/measures").then().statusCode(201).extract().path("id");

        try (WebhookReceiver receiver = WebhookReceiver.accepting()) {
            // 2. Stoke-on-Trent's own staff subscribe their receiver to acceptances of the council's reports
            var subscription = as("council-reporter", STOKE).body(Bodies.map("scope", "COUNCIL", "councilGssCode", STOKE,
                            "url", receiver.url(), "eventTypes", List.of("submission.accepted")))
                    .post("/v1/webhook-subscriptions").then().statusCode(201).extract();
            String secret = subscription.path("secret");
            assertNotNull(secret, "the secret is shown once, when the subscription is made");

            // 3. Stockport pushes its section of a monthly report it owes, with the plan updates
            String item = as("council-reporter", STOCKPORT).queryParam("council", STOKE).queryParam("status", "OVERDUE")
                    .queryParam("from", MONTH + "-01").queryParam("to", java.time.YearMonth.parse(MONTH).atEndOfMonth().toString())
                    .get("/v1/due-items").then().statusCode(200)
                    .body("items.dutyId", hasItem("E06000021-2019-10-31/monthly-progress-report")).extract()
                    .path("items.find { it.dutyId == 'E06000021-2019-10-31/monthly-progress-report' }.id");
            Map<String, Object> updates = Bodies.map(
                    "actions", List.of(Bodies.map("actionId", action, "status", "ON_TRACK",
                            "evidence", "Stockport's practice leads audited 40 plans; 31 met the standard.")),
                    "measures", List.of(Bodies.map("measureId", measure, "period", MONTH, "value", 77.5)));
            String id = as("council-reporter", STOCKPORT).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Bodies.forDueItem(item, sectionWith(updates)))
                    .post("/v1/submissions").then().statusCode(201)
                    .body("sections[0].organisationGssCode", equalTo(STOCKPORT)).extract().path("id");

            // 4. the Commissioner accepts it
            String etag = as("commissioner", STOKE).get("/v1/submissions/" + id).then().statusCode(200).extract().header("ETag");
            as("commissioner", STOKE).header("If-Match", etag).body(Bodies.map("decision", "ACCEPT"))
                    .post("/v1/submissions/" + id + "/reviews").then().statusCode(200).body("status", equalTo("ACCEPTED"));

            // 5. the plan, as Stockport reads it: the new status and value, each with the report as its source
            JsonPath plan = as("council-reporter", STOCKPORT).get(PLAN).then().statusCode(200).extract().jsonPath();
            String a = "actions.find { it.id == '" + action + "' }";
            String m = "measures.find { it.id == '" + measure + "' }";
            assertEquals("ON_TRACK", plan.getString(a + ".status"));
            assertEquals(id, plan.getString(a + ".history[-1].source.submissionId"));
            assertEquals(77.5, plan.getDouble(m + ".latest.value"), 1e-9);
            assertEquals(MONTH, plan.getString(m + ".latest.period"));
            assertEquals(id, plan.getString(m + ".latest.source.submissionId"));

            // 6. the receiver is sent the acceptance (from the outbox, by the dispatcher on its timer), signed with the secret
            WebhookReceiver.Received accepted = receiver.await(
                    r -> r.type().equals("submission.accepted") && r.submissionId().equals(id), Duration.ofSeconds(60));
            assertNotNull(accepted, "the acceptance reached the subscriber; it was sent " + receiver.received());
            assertNotNull(accepted.id(), "webhook-id");
            assertTrue(Math.abs(Long.parseLong(accepted.timestamp()) - java.time.Instant.now().getEpochSecond()) < 300,
                    "webhook-timestamp is now, in seconds: " + accepted.timestamp());
            assertTrue(WebhookReceiver.verifies(accepted, secret), "the signature verifies with the subscription's secret: "
                    + accepted.signature());
            assertEquals(STOKE, accepted.json().path("data").path("councilGssCode").asText());

            // 7. the council's timeline lists the acceptance and the plan's changes
            JsonPath timeline = as("council-reporter", STOKE).queryParam("kinds", "SUBMISSION_ACCEPTED,PLAN_CHANGED")
                    .queryParam("from", today.minusDays(1).toString()).queryParam("limit", 200)
                    .get("/v1/councils/" + STOKE + "/timeline").then().statusCode(200).extract().jsonPath();
            assertTrue(timeline.getList("items.findAll { it.kind == 'SUBMISSION_ACCEPTED' }.href").contains("/v1/submissions/" + id),
                    "the acceptance is on the timeline: " + timeline.prettify());
            List<String> planChanges = timeline.getList("items.findAll { it.kind == 'PLAN_CHANGED' }.summary");
            assertTrue(planChanges.stream().anyMatch(s -> s.contains(action) && s.contains("ON_TRACK")),
                    "the action's new status is on the timeline: " + planChanges);
            assertTrue(planChanges.stream().anyMatch(s -> s.contains(measure) && s.contains("77.5")),
                    "the measure's value is on the timeline: " + planChanges);

            String subscriptionId = subscription.path("id");
            String subscriptionEtag = as("council-reporter", STOKE).get("/v1/webhook-subscriptions/" + subscriptionId).then()
                    .statusCode(200).extract().header("ETag");
            as("council-reporter", STOKE).header("If-Match", subscriptionEtag).delete("/v1/webhook-subscriptions/" + subscriptionId)
                    .then().statusCode(204);
        }
    }

    private static Map<String, Object> sectionWith(Map<String, Object> updates) {
        Map<String, Object> section = Bodies.section("PARTNER_IN_PRACTICE",
                "Stockport's practice leads audited 40 child protection plans in " + MONTH + "; 31 met the standard.");
        section.put("planUpdates", updates);
        return section;
    }
}
