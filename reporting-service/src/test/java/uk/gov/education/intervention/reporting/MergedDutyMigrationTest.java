package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reports filed, before V3_2, against the duties directions-service has since merged answer the
 * surviving duty's due item of the same date; where that item already has a report, the other is kept
 * as an ad-hoc report about the surviving duty. Nothing is lost and each change is audited.
 */
@QuarkusTest
class MergedDutyMigrationTest {

    @Test
    void reportsOfAMergedDutyAnswerTheSurvivingDutysItemsOrBecomeAdHocWhereOneIsThere() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        String schema = "before_v3_2_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration").target("2.1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            s.execute("INSERT INTO duty_snapshot (name, fetched_at, duties) VALUES ('duties', now(), '[]')");
            insert(s, "00000000-0000-4000-8000-000000000001", "E06000021", "E06000021-2019-10-31.quarterly-progress-review.2020-01-31",
                    "E06000021-2019-10-31/quarterly-progress-review", "2020-01-31", "PROGRESS_REVIEW");
            insert(s, "00000000-0000-4000-8000-000000000002", "E06000021", "E06000021-2019-10-31.quarterly-progress-review.2020-04-30",
                    "E06000021-2019-10-31/quarterly-progress-review", "2020-04-30", "PROGRESS_REVIEW");
            insert(s, "00000000-0000-4000-8000-000000000003", "E06000021", "E06000021-2019-10-31.performance-review.2020-04-30",
                    "E06000021-2019-10-31/performance-review", "2020-04-30", "PERFORMANCE_REVIEW");
            insert(s, "00000000-0000-4000-8000-000000000004", "E06000035", "E06000035-2020-01-07.effectiveness-review.2020-07-07",
                    "E06000035-2020-01-07/effectiveness-review", "2020-07-07", "REVIEW");
            insert(s, "00000000-0000-4000-8000-000000000005", "E06000035", "E06000035-2020-01-07.minister-report.2020-07-07",
                    "E06000035-2020-01-07/minister-report", "2020-07-07", "WRITTEN_UPDATE");
        }
        Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration").load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            assertEquals(List.of(
                    "00000000-0000-4000-8000-000000000001 E06000021-2019-10-31.performance-review.2020-01-31 "
                            + "E06000021-2019-10-31/performance-review 2020-01-31 PERFORMANCE_REVIEW",
                    "00000000-0000-4000-8000-000000000002 null E06000021-2019-10-31/performance-review null PERFORMANCE_REVIEW",
                    "00000000-0000-4000-8000-000000000003 E06000021-2019-10-31.performance-review.2020-04-30 "
                            + "E06000021-2019-10-31/performance-review 2020-04-30 PERFORMANCE_REVIEW",
                    "00000000-0000-4000-8000-000000000004 E06000035-2020-01-07.commissioner-review.2020-07-07 "
                            + "E06000035-2020-01-07/commissioner-review 2020-07-07 REVIEW",
                    "00000000-0000-4000-8000-000000000005 E06000035-2020-01-07.minister-report.2020-07-07 "
                            + "E06000035-2020-01-07/minister-report 2020-07-07 WRITTEN_UPDATE"),
                    rows(s, "SELECT id, due_item_id, duty_id, due_on, kind FROM submission ORDER BY id", 5));
            assertEquals(List.of(
                    "00000000-0000-4000-8000-000000000001 moved-to-merged-duty E06000021-2019-10-31.quarterly-progress-review.2020-01-31",
                    "00000000-0000-4000-8000-000000000002 detached-from-merged-duty E06000021-2019-10-31.quarterly-progress-review.2020-04-30",
                    "00000000-0000-4000-8000-000000000004 moved-to-merged-duty E06000035-2020-01-07.effectiveness-review.2020-07-07"),
                    rows(s, "SELECT entity_id, action, changes -> 'dueItemId' ->> 'from' FROM audit_event "
                            + "WHERE entity_type = 'submission' ORDER BY entity_id", 3));
            assertEquals(List.of("0"), rows(s, "SELECT count(*) FROM duty_snapshot", 1));
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void insert(Statement s, String id, String council, String item, String duty, String dueOn, String kind) throws Exception {
        s.execute("INSERT INTO submission (id, council_gss, due_item_id, duty_id, direction_reference, due_on, kind, title, status, "
                + "current_version, first_submitted_at, last_submitted_at, created_by) VALUES ('" + id + "', '" + council + "', '" + item
                + "', '" + duty + "', '" + duty.substring(0, duty.indexOf('/')) + "', DATE '" + dueOn + "', '" + kind
                + "', 'A report', 'SUBMITTED', 1, now(), now(), 'test')");
    }

    private static List<String> rows(Statement s, String sql, int columns) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(r.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
