package uk.gov.education.intervention.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.education.intervention.e2e.FaultProxy.Mode;
import uk.gov.education.intervention.e2e.RunningSuite.Link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each call between the packaged services made to fail, through the TCP proxy in front of it: the
 * service behind stopped (connections refused), hanging (it never answers), resetting connections,
 * answering HTTP 200 with a body that is not JSON, and answering with bytes that are not HTTP. The
 * caller keeps answering without it, within its own timeout: reporting-service degraded (200,
 * {@code degraded: true} and what is {@code missing}), and 503 dependency-unavailable for a write that needs
 * the missing service, storing nothing; directions-service 503 for issuing a direction, whose draft
 * stays a draft. Never a 500. Once the service answers again the caller is whole again by itself
 * (its circuit breaker tries again; the suite shortens their wait to a quarter of a second).
 */
@Order(Order.DEFAULT + 1)
class DependencyFaultsTest {

    @RegisterExtension
    static final SharedSuite SUITE = new SharedSuite();

    /**
     * No answer at all within this is a failure. A hanging dependency never answers, so any answer
     * proves that the caller gave up on it; the longest wait a caller may add is its timeout
     * (2 s for councils-service, 3 s for directions-service) per call it makes.
     */
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final AtomicInteger NEXT = new AtomicInteger();

    static Stream<Arguments> faults() {
        return Stream.of(Link.values()).flatMap(link -> Stream.of(Mode.STOPPED, Mode.HANG, Mode.RESET, Mode.GARBAGE, Mode.NOISE)
                .map(mode -> Arguments.of(link, mode)));
    }

    private static RunningSuite suite() {
        return SUITE.get();
    }

    private static String reporting(String path) {
        return suite().url("reporting-service") + path;
    }

    @BeforeAll
    static void wholeToBeginWith() throws Exception {
        suite(); // started (when this class is the first to ask) before any wait for recovery is timed
        // reporting-service keeps a copy of the duties feed from its first read: take it now
        awaitWhole(Link.REPORTING_TO_DIRECTIONS);
        awaitWhole(Link.REPORTING_TO_COUNCILS);
    }

    @AfterEach
    void everyProxyPasses() throws Exception {
        for (Link link : Link.values()) {
            suite().proxy(link).set(Mode.PASS);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("faults")
    void theCallerAnswersWithoutItsDependencyAndIsWholeAgainWhenItReturns(Link link, Mode mode) throws Exception {
        Probe probe = switch (link) {
            case REPORTING_TO_COUNCILS -> new CouncilsForReporting();
            case REPORTING_TO_DIRECTIONS -> new DirectionsForReporting();
            case DIRECTIONS_TO_COUNCILS -> new CouncilsForDirections();
        };
        probe.prepare();
        suite().proxy(link).set(mode);
        probe.duringTheFault(mode);
        suite().proxy(link).set(Mode.PASS);
        probe.afterwards();
    }

    /** What one link's caller is asked during a fault, and after it. */
    private interface Probe {
        default void prepare() throws Exception {
        }

        void duringTheFault(Mode mode) throws Exception;

        void afterwards() throws Exception;
    }

    /** reporting-service without councils-service: aggregates without names and ratings; a partner's push refused. */
    private static final class CouncilsForReporting implements Probe {
        // a past month of Stoke-on-Trent's combined monthly report, which Stockport owes as Partner in Practice;
        // each fault has its own month, so that "nothing stored" is about this probe alone
        private final String item = "E06000021-2019-10-31.monthly-progress-report." + pastMonthEnd();
        private Map<String, Object> push;

        @Override
        public void duringTheFault(Mode mode) throws Exception {
            aggregateIsDegradedBy("councils-service");
            push = Bodies.forDueItem(item, Bodies.section("PARTNER_IN_PRACTICE", "Stockport's section, sent during " + mode + "."));
            Http.Answer refused = Http.send("POST", reporting("/v1/submissions"), Tokens.stockport(), push,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()), DEADLINE);
            assertEquals(503, refused.status(), "a partner's push needs its appointment checked: " + refused);
            assertTrue(refused.isProblem(), refused.toString());
            assertEquals("urn:problem-type:intervention:dependency-unavailable", refused.text("type"));
            assertEquals("councils-service", refused.text("dependency"));
            assertNotNull(refused.header("Retry-After"));
            assertEquals(0, versionsOf(item), "nothing is stored by the refused push");
        }

        @Override
        public void afterwards() throws Exception {
            awaitWhole(Link.REPORTING_TO_COUNCILS);
            // the push's calls have circuit breakers of their own, which close again after their own wait
            Http.Answer stored = until(() -> Http.send("POST", reporting("/v1/submissions"), Tokens.stockport(), push,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()), DEADLINE), a -> a.status() != 503);
            assertEquals(201, stored.status(), stored.toString());
            assertEquals(1, versionsOf(item));
        }
    }

    /** reporting-service without directions-service: schedules from the kept copy of the duties, said to be. */
    private static final class DirectionsForReporting implements Probe {
        @Override
        public void duringTheFault(Mode mode) throws Exception {
            aggregateIsDegradedBy("directions-service");
            Http.Answer due = Http.get(reporting("/v1/due-items?council=" + Tokens.STOKE + "&from=2020-01-01&to=2020-03-31"),
                    Tokens.analyst(), DEADLINE);
            assertEquals(200, due.status(), due.toString());
            assertTrue(due.json().get("degraded").asBoolean(), due.toString());
            assertNotNull(due.text("dutiesAsOf"), "says how old its copy of the duties is: " + due);
            assertTrue(due.json().get("items").size() > 0, "the kept copy still gives the schedule: " + due);
        }

        @Override
        public void afterwards() throws Exception {
            awaitWhole(Link.REPORTING_TO_DIRECTIONS);
        }
    }

    /** directions-service without councils-service: issuing is refused with 503 and the draft stays a draft. */
    private static final class CouncilsForDirections implements Probe {
        private String reference;
        private String etag;

        @Override
        public void prepare() throws Exception {
            String gss = String.format("E0799%04d", 9000 + NEXT.incrementAndGet());
            Http.Answer council = Http.send("POST", suite().url("councils-service") + "/v1/councils", Tokens.admin(),
                    Bodies.council(gss, "Fault test council " + gss), Map.of(), DEADLINE);
            assertEquals(201, council.status(), council.toString());
            Http.Answer draft = Http.send("POST", directions("/v1/directions"), Tokens.admin(),
                    Bodies.direction(gss, "2024-03-01"), Map.of(), DEADLINE);
            assertEquals(201, draft.status(), draft.toString());
            reference = draft.text("reference");
            etag = draft.header("ETag");
        }

        @Override
        public void duringTheFault(Mode mode) throws Exception {
            Http.Answer refused = Http.send("POST", directions("/v1/directions/" + reference + "/issue"), Tokens.admin(), null,
                    Map.of("If-Match", etag), DEADLINE);
            assertEquals(503, refused.status(), refused.toString());
            assertTrue(refused.isProblem(), refused.toString());
            assertEquals("urn:problem-type:intervention:dependency-unavailable", refused.text("type"));
            assertEquals("councils-service", refused.text("dependency"));
            assertNotNull(refused.header("Retry-After"));
            Http.Answer draft = Http.get(directions("/v1/directions/" + reference), Tokens.analyst(), DEADLINE);
            assertEquals(200, draft.status(), "reads need no councils-service: " + draft);
            assertEquals("DRAFT", draft.text("status"));
            assertEquals(etag, draft.header("ETag"), "nothing changed");
        }

        @Override
        public void afterwards() throws Exception {
            Http.Answer issued = until(() -> Http.send("POST", directions("/v1/directions/" + reference + "/issue"), Tokens.admin(),
                    null, Map.of("If-Match", etag), DEADLINE), a -> a.status() != 503);
            assertEquals(200, issued.status(), issued.toString());
            assertEquals("ISSUED", issued.text("status"));
        }

        private static String directions(String path) {
            return suite().url("directions-service") + path;
        }
    }

    private static void aggregateIsDegradedBy(String dependency) throws Exception {
        Http.Answer a = Http.get(reporting("/v1/aggregates/quarterly"), Tokens.analyst(), DEADLINE);
        assertEquals(200, a.status(), a.toString());
        assertTrue(a.json().get("degraded").asBoolean(), a.toString());
        assertTrue(a.json().get("missing").toString().contains(dependency + " is unavailable"), a.toString());
        // no Warning header (obsoleted by RFC 9111): degraded and missing in the body say it
        assertNull(a.header("Warning"), a.toString());
    }

    /** Waits until reporting-service's aggregate is whole again: not degraded, council names back. */
    private static void awaitWhole(Link link) throws Exception {
        Http.Answer a = until(() -> Http.get(reporting("/v1/aggregates/quarterly"), Tokens.analyst(), DEADLINE),
                answer -> answer.status() == 200 && !answer.json().get("degraded").asBoolean());
        assertEquals(200, a.status(), a.toString());
        assertEquals(false, a.json().get("degraded").asBoolean(), link + " did not recover: " + a);
        assertTrue(a.raw().body().contains("Stoke-on-Trent City Council"), a.toString());
        // and stays whole: calls that follow do not open a circuit again
        for (int i = 0; i < 12; i++) {
            Http.Answer next = Http.get(reporting(i % 2 == 0 ? "/v1/aggregates/quarterly" : "/v1/due-items?council=" + Tokens.STOKE),
                    Tokens.analyst(), DEADLINE);
            assertEquals(200, next.status(), next.toString());
            assertEquals(false, next.json().get("degraded").asBoolean(), link + " is whole again but not for long: " + next);
        }
    }

    private interface Call {
        Http.Answer send() throws Exception;
    }

    /** Repeats the call until {@code done} holds, for at most {@link #RECOVERY}; returns the last answer. */
    private static Http.Answer until(Call call, java.util.function.Predicate<Http.Answer> done) throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY);
        Http.Answer last = null;
        while (Instant.now().isBefore(deadline)) {
            last = call.send();
            assertTrue(last.status() < 500 || last.status() == 503, "never a 500: " + last);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        if (last == null) {
            fail("no answer within " + RECOVERY);
        }
        return last;
    }

    private static final AtomicInteger MONTH = new AtomicInteger();

    /** The last day of a distinct month of 2020 for each call. */
    private static String pastMonthEnd() {
        int m = 1 + MONTH.getAndIncrement() % 12;
        return java.time.YearMonth.of(2020, m).atEndOfMonth().toString();
    }

    private static long versionsOf(String dueItemId) throws Exception {
        try (Connection c = suite().database("reporting-service");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM submission_version v JOIN submission s "
                     + "ON s.id = v.submission_id WHERE s.due_item_id = ?")) {
            s.setString(1, dueItemId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
