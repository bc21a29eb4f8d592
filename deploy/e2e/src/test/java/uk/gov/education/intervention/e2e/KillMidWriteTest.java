package uk.gov.education.intervention.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * reporting-service killed with SIGKILL while three writers push reports (three sections, each with
 * an attachment) and new versions of them: after it is started again, no record is partial. Every
 * submission has every version up to its current one, every version its three sections, every
 * section its attachment, every version its audit event; and every write acknowledged before the
 * kill is there.
 */
@Order(Order.DEFAULT + 3)
class KillMidWriteTest {

    @RegisterExtension
    static final SharedSuite SUITE = new SharedSuite();

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An attachment of about 96 KB that no other write brings (so each stores a blob of its own). */
    private static String attachment() {
        byte[] b = new byte[48 * 1024];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Test
    void afterASigkillInTheMiddleOfWritesNoRecordIsPartial() throws Exception {
        RunningSuite suite = SUITE.get();
        String reporting = suite.url("reporting-service");
        String run = "Kill test " + UUID.randomUUID().toString().substring(0, 8);
        // the last submission each writer stored, to which its next write adds a version
        Map<String, String> lastOf = new ConcurrentHashMap<>();

        Map<String, Writers.Write> writes = new LinkedHashMap<>();
        for (String w : List.of("writer-1", "writer-2", "writer-3")) {
            writes.put(w, (writer, n) -> {
                Instant started = Instant.now();
                String previous = lastOf.get(writer);
                Http.Answer a;
                if (n % 2 == 1 && previous != null) {
                    a = Http.send("POST", reporting + "/v1/submissions/" + previous + "/versions", Tokens.admin(),
                            Bodies.map("sections", List.of(Bodies.section("COUNCIL", "Revised " + n, attachment()))),
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()), DEADLINE);
                } else {
                    a = Http.send("POST", reporting + "/v1/submissions", Tokens.admin(),
                            Bodies.adHocReport(Tokens.MEDWAY, run + " " + writer + " " + n,
                                    Bodies.section("COUNCIL", "The council's account " + n, attachment()),
                                    Bodies.section("CHILDRENS_SERVICES_COMMISSIONER", "The Commissioner's view " + n, attachment()),
                                    Bodies.section("DIRECTOR_OF_CHILDRENS_SERVICES", "The DCS's report " + n, attachment())),
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()), DEADLINE);
                }
                String stored = null;
                if (a.status() == 201) {
                    lastOf.put(writer, a.text("id"));
                    stored = a.text("id") + "#" + a.json().get("currentVersion").asInt();
                }
                return new Writers.Outcome(writer, a.status(), stored, a.toString(), started, Instant.now());
            });
        }

        Writers writers = new Writers(writes);
        writers.start();
        int inFlightAtKill;
        try {
            writers.awaitAcknowledged(4, Instant.EPOCH, Duration.ofSeconds(90));
            inFlightAtKill = writers.inFlight();
            suite.kill("reporting-service");
        } finally {
            writers.stop();
        }
        assertTrue(inFlightAtKill > 0, "the kill met writes in flight");
        List<Writers.Outcome> outcomes = writers.outcomes();
        assertTrue(outcomes.stream().anyMatch(o -> o.status() == -1), "some request was cut by the kill: " + writers.last(6));

        suite.restart("reporting-service");

        try (Connection c = suite.database("reporting-service")) {
            noRows(c, "submissions whose versions are not exactly 1 to current_version",
                    "SELECT s.id FROM submission s WHERE s.current_version <> (SELECT count(*) FROM submission_version v "
                            + "WHERE v.submission_id = s.id) OR s.current_version <> (SELECT max(v.number) FROM submission_version v "
                            + "WHERE v.submission_id = s.id)");
            noRows(c, "versions without sections",
                    "SELECT v.id FROM submission_version v WHERE NOT EXISTS (SELECT 1 FROM submission_section x WHERE x.version_id = v.id)");
            noRows(c, "versions of this test's reports without their three sections",
                    "SELECT v.id FROM submission_version v JOIN submission s ON s.id = v.submission_id WHERE s.title LIKE ? "
                            + "AND (SELECT count(*) FROM submission_section x WHERE x.version_id = v.id) <> 3", run + "%");
            noRows(c, "sections of this test's reports without their attachment",
                    "SELECT x.id FROM submission_section x JOIN submission_version v ON v.id = x.version_id "
                            + "JOIN submission s ON s.id = v.submission_id WHERE s.title LIKE ? "
                            + "AND (SELECT count(*) FROM submission_attachment f WHERE f.section_id = x.id) <> 1", run + "%");
            noRows(c, "reports of this test whose audit history does not have one event per version",
                    "SELECT s.id FROM submission s WHERE s.title LIKE ? AND s.current_version <> (SELECT count(*) FROM audit_event e "
                            + "WHERE e.entity_type = 'submission' AND e.entity_id = s.id::text "
                            + "AND e.action IN ('submitted', 'version-added'))", run + "%");
            noRows(c, "attachments whose content is missing",
                    "SELECT f.id FROM submission_attachment f WHERE NOT EXISTS (SELECT 1 FROM attachment_blob b WHERE b.sha256 = f.sha256)");
            List<String> acknowledged = outcomes.stream().filter(Writers.Outcome::acknowledged).map(Writers.Outcome::id).toList();
            assertTrue(acknowledged.size() >= 12, "writes were acknowledged before the kill: " + acknowledged.size());
            for (String idAndVersion : acknowledged) {
                String[] parts = idAndVersion.split("#");
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT count(*) FROM submission_version WHERE submission_id = ?::uuid AND number = ?")) {
                    s.setString(1, parts[0]);
                    s.setInt(2, Integer.parseInt(parts[1]));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        assertEquals(1, rs.getLong(1), "acknowledged version " + idAndVersion + " is stored");
                    }
                }
            }
        }

        // and it takes writes again
        Http.Answer after = Http.send("POST", reporting + "/v1/submissions", Tokens.admin(),
                Bodies.adHocReport(Tokens.MEDWAY, run + " after the restart", Bodies.section("COUNCIL", "Back.")),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()), DEADLINE);
        assertEquals(201, after.status(), after.toString());
    }

    private static void noRows(Connection c, String what, String sql, String... params) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            assertEquals(List.of(), found, what);
        }
    }
}
