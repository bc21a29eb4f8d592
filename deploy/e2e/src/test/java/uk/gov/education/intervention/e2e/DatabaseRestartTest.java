package uk.gov.education.intervention.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL restarted under the three services while they are writing: each service gets its
 * connections back without being restarted itself (the same process answers before and after), a
 * request that meets the outage is refused with a problem, and every write that was acknowledged
 * with a 2xx is in the database afterwards, counted by id.
 */
@Order(Order.DEFAULT + 2)
class DatabaseRestartTest {

    @RegisterExtension
    static final SharedSuite SUITE = new SharedSuite();

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final List<String> SERVICES = List.of("councils-service", "directions-service", "reporting-service");

    @Test
    void theServicesRecoverFromARestartOfPostgresqlAndKeepEveryAcknowledgedWrite() throws Exception {
        RunningSuite suite = SUITE.get();
        assumeTrue(suite.canRestartDatabase(), "SUITE_DB_URL names a PostgreSQL server this test does not restart");
        Map<String, Long> pids = new LinkedHashMap<>();
        SERVICES.forEach(s -> pids.put(s, suite.pid(s)));
        String run = UUID.randomUUID().toString().substring(0, 8);

        Map<String, Writers.Write> writes = new LinkedHashMap<>();
        for (String w : List.of("reporting-1", "reporting-2")) {
            writes.put(w, (writer, n) -> {
                Instant started = Instant.now();
                Http.Answer a = Http.send("POST", suite.url("reporting-service") + "/v1/submissions", Tokens.admin(),
                        Bodies.adHocReport(Tokens.MEDWAY, "Restart " + run + " " + writer + " " + n,
                                Bodies.section("COUNCIL", "Written while PostgreSQL restarts.")),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()), DEADLINE);
                return outcome(writer, a, a.text("id"), started);
            });
        }
        writes.put("councils", (writer, n) -> {
            Instant started = Instant.now();
            Http.Answer a = Http.send("POST", suite.url("councils-service") + "/v1/people", Tokens.admin(),
                    Bodies.map("fullName", "Restart " + run + " person " + n), Map.of(), DEADLINE);
            return outcome(writer, a, a.text("id"), started);
        });
        // drafts for a council code of this run alone, one day apart
        String gss = String.format("E0798%04d", Math.floorMod(run.hashCode(), 10_000));
        writes.put("directions", (writer, n) -> {
            Instant started = Instant.now();
            Http.Answer a = Http.send("POST", suite.url("directions-service") + "/v1/directions", Tokens.admin(),
                    Bodies.direction(gss, LocalDate.of(2021, 1, 1).plusDays(n).toString()), Map.of(), DEADLINE);
            return outcome(writer, a, a.text("reference"), started);
        });

        Writers writers = new Writers(writes);
        writers.start();
        Instant back;
        try {
            writers.awaitAcknowledged(3, Instant.EPOCH, Duration.ofSeconds(60));
            Instant stopping = Instant.now();
            suite.restartDatabase(Duration.ofSeconds(2));
            back = Instant.now();
            writers.awaitAcknowledged(5, back, Duration.ofSeconds(60));
            List<Writers.Outcome> duringOutage = writers.outcomes().stream()
                    .filter(o -> !o.endedAt().isBefore(stopping) && o.startedAt().isBefore(back)).toList();
            assertTrue(duringOutage.stream().anyMatch(o -> !o.acknowledged()), "the writes met the outage: " + duringOutage);
        } finally {
            writers.stop();
        }

        for (String s : SERVICES) {
            assertTrue(suite.isAlive(s), s + " is still running");
            assertEquals(pids.get(s), suite.pid(s), s + " was not restarted");
            assertTrue(suite.isReady(s), s + " is ready");
        }
        List<Writers.Outcome> outcomes = writers.outcomes();
        for (Writers.Outcome o : outcomes) {
            // the services never stop: every request gets an answer, a success or a 503 problem to retry
            assertTrue(o.acknowledged() || (o.status() == 503 && o.detail().contains("urn:problem-type:intervention:database-unavailable")),
                    "during and after the restart, writes are stored or refused with 503 database-unavailable: " + o);
        }
        assertStored(suite, "reporting-service", "SELECT count(*) FROM submission WHERE id = ANY (?::uuid[])",
                acknowledgedIds(outcomes, "reporting-"));
        assertStored(suite, "councils-service", "SELECT count(*) FROM person WHERE id = ANY (?::uuid[])",
                acknowledgedIds(outcomes, "councils"));
        assertStored(suite, "directions-service", "SELECT count(*) FROM direction WHERE reference = ANY (?)",
                acknowledgedIds(outcomes, "directions"));
    }

    private static Writers.Outcome outcome(String writer, Http.Answer a, String id, Instant started) {
        return new Writers.Outcome(writer, a.status(), a.status() < 300 ? id : null, a.toString(), started, Instant.now());
    }

    private static List<String> acknowledgedIds(List<Writers.Outcome> outcomes, String writerPrefix) {
        List<String> ids = outcomes.stream().filter(o -> o.writer().startsWith(writerPrefix) && o.acknowledged())
                .map(Writers.Outcome::id).toList();
        assertTrue(ids.stream().allMatch(java.util.Objects::nonNull), "every acknowledgement names what it stored");
        return ids;
    }

    private static void assertStored(RunningSuite suite, String service, String countSql, List<String> ids) throws Exception {
        assertTrue(ids.size() >= 8, service + ": enough writes were acknowledged to prove anything: " + ids.size());
        try (Connection c = suite.database(service); PreparedStatement s = c.prepareStatement(countSql)) {
            Array array = c.createArrayOf("varchar", ids.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(ids.size(), rs.getLong(1), service + ": every acknowledged write is in its database");
            }
        }
    }
}
