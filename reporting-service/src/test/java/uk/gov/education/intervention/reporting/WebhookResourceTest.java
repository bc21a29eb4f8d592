package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.notification.service.Dispatcher;
import uk.gov.education.intervention.reporting.notification.service.Scan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;
import static uk.gov.education.intervention.reporting.SubmissionResourceTest.section;
import static uk.gov.education.intervention.reporting.SubmissionResourceTest.submit;

/**
 * Webhooks end to end against a receiver on loopback: delivery from the outbox, retry after a failing
 * receiver, signatures the receiver verifies, no event from a write that rolls back, replay, rotation,
 * what the scan finds, and who sees what.
 */
@QuarkusTest
class WebhookResourceTest extends StandInTest {

    private static final String SUBSCRIPTIONS = "/v1/webhook-subscriptions";

    @Inject
    Dispatcher dispatcher;

    @Inject
    Scan scan;

    @Inject
    EntityManager db;

    private TestReceiver receiver;

    @Override
    LocalDate today() {
        return LocalDate.of(2025, 3, 25);
    }

    @BeforeEach
    void aReceiver() throws Exception {
        receiver = new TestReceiver();
        // deliveries other tests left pending are not this test's
        dispatcher.dispatch();
    }

    @AfterEach
    void noReceiver() {
        receiver.close();
    }

    private ExtractableResponse<Response> subscribe(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).post(SUBSCRIPTIONS).then().statusCode(201).extract();
    }

    private Map<String, Object> council(List<String> types) {
        return map("scope", "COUNCIL", "councilGssCode", STOKE, "url", receiver.url(), "eventTypes", types);
    }

    private static JsonPath log(RequestSpecification as, String subscription) {
        return as.get(SUBSCRIPTIONS + "/" + subscription + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    private static String adHoc(String title) {
        return submit(reporter(STOKE), map("councilGssCode", STOKE, "title", title, "sections", List.of(section("COUNCIL", "Twelve posts filled."))),
                201).path("id");
    }

    private void unsubscribe(String id) {
        String etag = admin().get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).extract().header("ETag");
        admin().header("If-Match", etag).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
    }

    @Test
    void aSubmissionIsDeliveredSignedAndRetriedWithBackoffAfterAFailingReceiverThenReplayed() throws Exception {
        var made = subscribe(reporter(STOKE), council(List.of("submission.received", "submission.accepted")));
        String id = made.path("id");
        String secret = made.path("secret");
        assertTrue(secret.startsWith("whsec_"));
        reporter(STOKE).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("secret", nullValue())
                .body("eventTypes", equalTo(List.of("submission.received", "submission.accepted")));

        receiver.failNext(2);
        String report = adHoc("Recruitment of social workers, for the webhook");
        dispatcher.dispatch();
        assertEquals(1, receiver.received().size());
        JsonPath first = log(reporter(STOKE), id);
        assertEquals("PENDING", first.getString("items[0].status"));
        assertEquals(500, first.getInt("items[0].lastResponseStatus"));
        // not due again until the backoff has passed
        dispatcher.dispatch();
        assertEquals(1, receiver.received().size());
        clock.advance(Duration.ofSeconds(31));
        dispatcher.dispatch();
        assertEquals(2, receiver.received().size());
        clock.advance(Duration.ofSeconds(61));
        dispatcher.dispatch();

        List<TestReceiver.Received> got = receiver.received();
        assertEquals(3, got.size());
        assertEquals(1, got.stream().map(TestReceiver.Received::id).distinct().count(), "every attempt carries the same webhook-id");
        for (TestReceiver.Received r : got) {
            assertTrue(TestReceiver.verifies(r, secret), r.signature());
            assertFalse(TestReceiver.verifies(r, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        }
        JsonPath body = JsonPath.from(got.get(2).body());
        assertEquals("submission.received", body.getString("type"));
        assertEquals(report, body.getString("data.submissionId"));
        assertEquals(STOKE, body.getString("data.councilGssCode"));
        reporter(STOKE).get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(3))
                .body("items[0].lastResponseStatus", equalTo(204)).body("items[0].webhookId", equalTo(got.get(0).id()));

        // the acceptance, in the review's transaction
        String etag = admin().get("/v1/submissions/" + report).then().statusCode(200).extract().header("ETag");
        commissioner(STOKE).header("If-Match", etag).body(map("decision", "ACCEPT")).post("/v1/submissions/" + report + "/reviews")
                .then().statusCode(200);
        dispatcher.dispatch();
        assertEquals("submission.accepted", JsonPath.from(receiver.received().get(3).body()).getString("type"));

        // a replay: the same event and webhook-id again, as a new delivery
        String delivered = log(reporter(STOKE), id).getString("items[0].id");
        reporter(STOKE).post(SUBSCRIPTIONS + "/" + id + "/deliveries/" + delivered + "/replay").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("replayOf", equalTo(delivered));
        dispatcher.dispatch();
        assertEquals(5, receiver.received().size());
        assertEquals(got.get(0).id(), receiver.received().get(4).id());
        assertEquals(got.get(0).body(), receiver.received().get(4).body());
        assertTrue(TestReceiver.verifies(receiver.received().get(4), secret));
        assertEquals(3, log(reporter(STOKE), id).getList("items").size());
        unsubscribe(id);
    }

    @Test
    void aWriteThatRollsBackLeavesNoOutboxRowAndSendsNothing() {
        String id = subscribe(reporter(STOKE), council(List.of("submission.received"))).path("id");
        submit(reporter(STOKE), map("councilGssCode", STOKE, "title", RollbackAfterSubmission.TITLE,
                "sections", List.of(section("COUNCIL", "Never stored."))), 500);
        Number rows = (Number) db.createNativeQuery("SELECT count(*) FROM webhook_event WHERE body LIKE ?1")
                .setParameter(1, "%" + RollbackAfterSubmission.TITLE + "%").getSingleResult();
        assertEquals(0, rows.intValue());
        dispatcher.dispatch();
        assertEquals(List.of(), receiver.received());
        assertEquals(List.of(), log(reporter(STOKE), id).getList("items"));
        unsubscribe(id);
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneForTheOverlapThenAlone() throws Exception {
        var made = subscribe(reporter(STOKE), council(List.of("submission.received")));
        String id = made.path("id");
        String old = made.path("secret");
        reporter(STOKE).post(SUBSCRIPTIONS + "/" + id + "/secret-rotation").then().statusCode(428);
        var rotated = reporter(STOKE).header("If-Match", made.header("ETag")).post(SUBSCRIPTIONS + "/" + id + "/secret-rotation")
                .then().statusCode(200).body("previousSecretExpiresAt", startsWith("2025-03-26")).extract();
        String fresh = rotated.path("secret");
        reporter(STOKE).header("If-Match", made.header("ETag")).post(SUBSCRIPTIONS + "/" + id + "/secret-rotation").then().statusCode(412);

        adHoc("During the rotation");
        dispatcher.dispatch();
        TestReceiver.Received during = receiver.received().get(0);
        assertEquals(2, during.signature().split(" ").length);
        assertTrue(TestReceiver.verifies(during, fresh));
        assertTrue(TestReceiver.verifies(during, old));

        clock.advance(Duration.ofHours(25));
        adHoc("After the rotation");
        dispatcher.dispatch();
        TestReceiver.Received after = receiver.received().get(1);
        assertEquals(1, after.signature().split(" ").length);
        assertTrue(TestReceiver.verifies(after, fresh));
        assertFalse(TestReceiver.verifies(after, old));
        unsubscribe(id);
    }

    @Test
    void onlyItsOwnerAndDfeAdminSeeASubscriptionAndEventsGoOnlyToThoseWhoMayReadThem() {
        var made = subscribe(reporter(STOKE), council(List.of("submission.received")));
        String id = made.path("id");
        for (RequestSpecification other : List.of(reporter(STOCKPORT), commissioner(STOKE), uk.gov.education.intervention.devkit.Callers.analyst())) {
            other.get(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
            other.get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(404);
            other.header("If-Match", made.header("ETag")).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        }
        admin().get(SUBSCRIPTIONS + "/" + id).then().statusCode(200);
        reporter(STOCKPORT).get(SUBSCRIPTIONS).then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        reporter(STOKE).get(SUBSCRIPTIONS).then().statusCode(200).body("items.id", hasItem(id));

        // Stockport, a Partner in Practice for Stoke-on-Trent, does not read its reports whole: no submission reaches it
        String partner = subscribe(reporter(STOCKPORT), map("scope", "ORGANISATION", "url", receiver.url(),
                "eventTypes", List.of("submission.received"))).path("id");
        adHoc("Seen by the council's staff only");
        dispatcher.dispatch();
        // a first call to councils-service in a cold test JVM may time out: the delivery then waits for its backoff
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatch();
        assertEquals(1, receiver.received().size(), "only the council's own staff's subscription was sent it");
        assertEquals(List.of(), log(reporter(STOCKPORT), partner).getList("items"));
        assertEquals(1, log(reporter(STOKE), id).getList("items").size());

        // a change with If-Match; deactivated, it is sent nothing
        String etag = reporter(STOKE).get(SUBSCRIPTIONS + "/" + id).then().extract().header("ETag");
        reporter(STOKE).header("If-Match", etag).body(map("url", receiver.url(), "eventTypes", List.of("submission.received"),
                "active", false)).put(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("active", equalTo(false));
        adHoc("While inactive");
        dispatcher.dispatch();
        assertEquals(1, receiver.received().size());
        unsubscribe(id);
        unsubscribe(partner);
    }

    @Test
    void badSubscriptionsAreRefusedAsProblemsAndNothingIsStored() {
        int before = reporter(STOKE).queryParam("limit", 200).get(SUBSCRIPTIONS).then().extract().jsonPath().getList("items").size();
        List<Map<String, Object>> bad = List.of(
                map("scope", "COUNCIL", "councilGssCode", STOKE, "url", "ftp://example.org/hook", "eventTypes", List.of("submission.received")),
                map("scope", "COUNCIL", "councilGssCode", STOKE, "url", "https://example.org/" + "a".repeat(2000),
                        "eventTypes", List.of("submission.received")),
                map("scope", "COUNCIL", "councilGssCode", STOKE, "url", receiver.url(), "eventTypes", List.of("submission.deleted")),
                map("scope", "COUNCIL", "councilGssCode", STOKE, "url", receiver.url(), "eventTypes", List.of("due-item.due-soon")),
                map("scope", "COUNCIL", "councilGssCode", STOKE, "url", receiver.url(), "eventTypes", List.of("due-item.due-soon"),
                        "dueInDays", 91),
                map("scope", "COUNCIL", "councilGssCode", STOKE, "url", receiver.url(), "eventTypes", List.of("submission.received"),
                        "dueInDays", 5),
                map("scope", "COUNCIL", "url", receiver.url(), "eventTypes", List.of("submission.received")),
                map("scope", "ORGANISATION", "councilGssCode", STOKE, "url", receiver.url(), "eventTypes", List.of("submission.received")),
                map("scope", "EVERYTHING", "url", receiver.url(), "eventTypes", List.of("submission.received")),
                map("scope", "COUNCIL", "councilGssCode", STOKE, "url", receiver.url(), "eventTypes", List.of()));
        for (Map<String, Object> body : bad) {
            reporter(STOKE).body(body).post(SUBSCRIPTIONS).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        assertEquals(before, reporter(STOKE).queryParam("limit", 200).get(SUBSCRIPTIONS).then().extract().jsonPath().getList("items").size());
        reporter(STOKE).get(SUBSCRIPTIONS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void theScanTellsOfItemsDueSoonOnceOfItemsGoneOverdueAndOfARevokedDirection() {
        String id = subscribe(reporter(STOKE), map("scope", "COUNCIL", "councilGssCode", STOKE, "url", receiver.url(),
                "eventTypes", List.of("due-item.due-soon", "due-item.overdue", "direction.revoked"), "dueInDays", 7)).path("id");
        String monthly = "E06000021-2019-10-31.monthly-progress-report.2025-03-31";
        assertTrue(scan.scan());
        assertTrue(scan.scan());
        dispatcher.dispatch();
        List<String> soon = receiver.received().stream().map(r -> JsonPath.from(r.body()))
                .filter(j -> j.getString("type").equals("due-item.due-soon")).map(j -> j.getString("data.dueItemId")).toList();
        assertTrue(soon.contains(monthly), soon.toString());
        assertEquals(soon.size(), soon.stream().distinct().count(), "each item is told once");
        assertTrue(receiver.received().stream().noneMatch(r -> r.body().contains("due-item.overdue")),
                "items overdue before the subscription was made are not told");

        // April the 4th: March's report is past its deadline (the 31st and three days' grace) with nothing received
        clock.setToday(LocalDate.of(2025, 4, 4));
        scan.scan();
        dispatcher.dispatch();
        List<String> overdue = receiver.received().stream().map(r -> JsonPath.from(r.body()))
                .filter(j -> j.getString("type").equals("due-item.overdue")).map(j -> j.getString("data.dueItemId")).toList();
        assertTrue(overdue.contains(monthly), overdue.toString());
        assertTrue(overdue.stream().allMatch(i -> i.endsWith(".2025-03-31")), "only what went overdue since: " + overdue);

        // Stoke-on-Trent's direction revoked in directions-service
        var duties = Downstream.seedDuties();
        duties.stream().filter(d -> d.path("councilGssCode").asText().equals(STOKE))
                .forEach(d -> d.put("directionStatus", "REVOKED").put("revokedOn", "2025-04-04"));
        Downstream.setDuties(duties);
        scan.scan();
        scan.scan();
        dispatcher.dispatch();
        List<JsonPath> revoked = receiver.received().stream().map(r -> JsonPath.from(r.body()))
                .filter(j -> j.getString("type").equals("direction.revoked")).toList();
        assertEquals(1, revoked.size());
        assertEquals("E06000021-2019-10-31", revoked.get(0).getString("data.directionReference"));
        unsubscribe(id);
    }
}
