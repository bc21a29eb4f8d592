package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database that holds the seed as it was before V4 (Stoke-on-Trent's inspection under SIF, the Partners in
 * Practice dated 31 October 2019) is corrected by the migration, not by editing one already applied: on a database
 * of its own on the same PostgreSQL server, migrated to V3.1, seeded with that earlier seed, then migrated on.
 */
@QuarkusTest
class SeedMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private String database;
    private String databaseUrl;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        databaseUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void v4CorrectsTheEarlierSeedsRowsThatNobodyChangedAndAuditsEachCorrection() throws Exception {
        flyway("3.1").migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(resource("db/before-v4/seed-data.sql"));
            // a record the Department has since changed is its own: the migration leaves it alone
            s.execute("UPDATE ofsted_inspection SET version = 1 WHERE id = 'a0000000-0000-4000-8000-000000000002'");
            assertEquals("SIF", one(s, "SELECT framework_code FROM ofsted_inspection WHERE id = 'a0000000-0000-4000-8000-000000000001'"));
        }

        flyway(null).migrate();

        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertEquals("2017-12-31", one(s, "SELECT in_force_to::text FROM ofsted_framework WHERE code = 'SIF'"));
            assertEquals("ILACS_2018", one(s, "SELECT framework_code FROM ofsted_inspection WHERE id = 'a0000000-0000-4000-8000-000000000001'"));
            assertEquals(List.of("CHILDREN_IN_CARE_AND_CARE_LEAVERS|ILACS_2018|INADEQUATE", "HELP_AND_PROTECTION|ILACS_2018|INADEQUATE",
                            "IMPACT_OF_LEADERS|ILACS_2018|INADEQUATE"),
                    all(s, "SELECT area_code || '|' || framework_code || '|' || judgement FROM inspection_judgement "
                            + "WHERE inspection_id = 'a0000000-0000-4000-8000-000000000001' AND source LIKE '%recital 3.a%' ORDER BY 1"));
            assertEquals("Direction to Medway Council of 7 January 2020, recitals 1 and 3.a, Annex A paragraph 1",
                    one(s, "SELECT source FROM ofsted_inspection WHERE id = 'a0000000-0000-4000-8000-000000000002'"));

            assertEquals(List.of("d0000000-0000-4000-8000-000000000001|2019-05-16|INFERRED||2019-05-16|INFERRED",
                            "d0000000-0000-4000-8000-000000000002|2019-10-31|INFERRED||2019-10-31|",
                            "d0000000-0000-4000-8000-000000000003|2020-01-07|INFERRED||2020-01-07|",
                            "d0000000-0000-4000-8000-000000000004||UNKNOWN|2019-10-31|2019-10-31|",
                            "d0000000-0000-4000-8000-000000000005||UNKNOWN|2019-10-31|2019-10-31|"),
                    all(s, "SELECT concat_ws('|', id, coalesce(starts_on::text, ''), starts_on_basis, coalesce(known_from::text, ''), "
                            + "counts_from, coalesce(ends_on_basis, '')) FROM appointment WHERE source IS NOT NULL ORDER BY id"));
            assertEquals("UNKNOWN", one(s, "SELECT instrument_type FROM appointment WHERE id = 'd0000000-0000-4000-8000-000000000004'"));
            assertEquals("STATED", one(s, "SELECT deadline_basis FROM partnership WHERE id = 'e0000000-0000-4000-8000-000000000001'"));
            // one audit entry per corrected record: Stoke's inspection, five appointments, the partnership
            assertEquals(List.of("appointment|5", "inspection|1", "partnership|1"),
                    all(s, "SELECT entity_type || '|' || count(*) FROM audit_event WHERE actor LIKE 'migration V4%' GROUP BY entity_type ORDER BY 1"));

            // the current seed, run at every start, then changes nothing
            String before = one(s, "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (SELECT * FROM appointment) t");
            s.execute(resource("db/seed/seed-data.sql"));
            assertEquals(before, one(s, "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (SELECT * FROM appointment) t"));
            assertEquals("3", one(s, "SELECT count(*) FROM inspection_judgement WHERE inspection_id = 'a0000000-0000-4000-8000-000000000001'"));
        }
    }

    @Test
    void aNewDatabaseSeededNowHoldsTheSameFactsAsOneCorrectedByTheMigration() throws Exception {
        flyway(null).migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(resource("db/seed/seed-data.sql"));
            assertEquals("ILACS_2018", one(s, "SELECT framework_code FROM ofsted_inspection WHERE id = 'a0000000-0000-4000-8000-000000000001'"));
            assertNull(one(s, "SELECT starts_on::text FROM appointment WHERE id = 'd0000000-0000-4000-8000-000000000005'"));
            assertTrue(all(s, "SELECT source FROM appointment").stream().allMatch(x -> x != null && x.startsWith("Direction to ")));
            assertEquals("0", one(s, "SELECT count(*) FROM audit_event"));
        }
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(databaseUrl, user, password.orElse(null)).locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, user, password.orElse(null));
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password.orElse(null)); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> all(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
