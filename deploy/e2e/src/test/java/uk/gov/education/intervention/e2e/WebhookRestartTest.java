package uk.gov.education.intervention.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * reporting-service killed with SIGKILL while webhook deliveries are pending (some waiting for a retry after
 * the receiver's 500s, one perhaps in the middle of its send): once it is started again, every event's
 * message reaches the receiver and is answered 2xx, each message always under the one {@code webhook-id},
 * signed with the subscription's secret. A message may come more than once; none is lost.
 */
@Order(Order.DEFAULT + 4)
class WebhookRestartTest {

    @RegisterExtension
    static final SharedSuite SUITE = new SharedSuite();

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final int EVENTS = 8;

    @Test
    void noWebhookEventIsLostWhenReportingServiceIsKilledInTheMiddleOfDeliveries() throws Exception {
        RunningSuite suite = SUITE.get();
        String reporting = suite.url("reporting-service");
        String run = "Webhook restart " + UUID.randomUUID().toString().substring(0, 8);
        // each message is answered 500 twice before it is taken, and every answer takes a third of a second
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2, Duration.ofMillis(300))) {
            Http.Answer made = Http.send("POST", reporting + "/v1/webhook-subscriptions", Tokens.admin(),
                    Bodies.map("scope", "COUNCIL", "councilGssCode", Tokens.MEDWAY, "url", receiver.url(),
                            "eventTypes", List.of("submission.received")), Map.of(), DEADLINE);
            assertEquals(201, made.status(), made.toString());
            String secret = made.text("secret");

            List<String> submissions = new ArrayList<>();
            for (int n = 0; n < EVENTS; n++) {
                Http.Answer a = Http.send("POST", reporting + "/v1/submissions", Tokens.admin(),
                        Bodies.adHocReport(Tokens.MEDWAY, run + " " + n, Bodies.section("COUNCIL", "The council's account " + n)),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()), DEADLINE);
                assertEquals(201, a.status(), a.toString());
                submissions.add(a.text("id"));
            }

            // deliveries have begun, and most are still pending, when the service is killed
            assertNotNull(receiver.await(r -> submissions.contains(r.submissionId()), Duration.ofSeconds(60)),
                    "deliveries began: " + receiver.received());
            suite.kill("reporting-service");
            Set<String> deliveredBeforeKill = delivered(receiver, submissions);
            assertTrue(deliveredBeforeKill.size() < EVENTS, "deliveries were pending at the kill: " + deliveredBeforeKill);

            suite.restart("reporting-service");

            // bounded: a send cut by the kill is taken again once its lease (4 s of timeouts and the suite's 5 s margin) has run out
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (delivered(receiver, submissions).size() < EVENTS && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            assertEquals(new TreeSet<>(submissions), delivered(receiver, submissions),
                    "every event was delivered after the restart (" + deliveredBeforeKill.size() + " before the kill)");

            List<WebhookReceiver.Received> ours = receiver.received().stream()
                    .filter(r -> submissions.contains(r.submissionId())).toList();
            for (String submission : submissions) {
                Set<String> ids = ours.stream().filter(r -> r.submissionId().equals(submission))
                        .map(WebhookReceiver.Received::id).collect(Collectors.toSet());
                assertEquals(1, ids.size(), "every attempt of one event carries its one webhook-id: " + ids);
            }
            for (WebhookReceiver.Received r : ours) {
                assertEquals("submission.received", r.type());
                assertTrue(WebhookReceiver.verifies(r, secret), "signed with the subscription's secret: " + r.signature());
            }
            assertEquals(EVENTS, ours.stream().map(WebhookReceiver.Received::id).distinct().count(), "one message per event");

            Http.Answer current = Http.get(reporting + "/v1/webhook-subscriptions/" + made.text("id"), Tokens.admin(), DEADLINE);
            Http.Answer gone = Http.send("DELETE", reporting + "/v1/webhook-subscriptions/" + made.text("id"), Tokens.admin(), null,
                    Map.of("If-Match", current.header("ETag")), DEADLINE);
            assertEquals(204, gone.status(), gone.toString());
        }
    }

    /** The submissions whose event the receiver has answered 2xx. */
    private static Set<String> delivered(WebhookReceiver receiver, List<String> submissions) {
        return receiver.received().stream().filter(WebhookReceiver.Received::delivered).map(WebhookReceiver.Received::submissionId)
                .filter(submissions::contains).collect(Collectors.toCollection(TreeSet::new));
    }
}
