package uk.gov.education.intervention.devkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

/**
 * Gives a {@code @QuarkusTest} a fresh database of its own on a real PostgreSQL: the server named by
 * {@code SUITE_DB_URL}, or an embedded one started for this test JVM. The database is dropped when
 * the tests end.
 *
 * <p>Quarkus loads this class again for each test profile, so a static field alone would start one
 * more embedded server (initdb and all) at every profile's start: the first one's address is kept in
 * a system property of the JVM instead, and each later start makes its database there.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** The base JDBC URL of the embedded server this JVM started (user postgres, no password). */
    static final String SHARED_SERVER = "devkit.test-postgres.url";

    private static EmbeddedDatabase server;
    private String database;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (server == null && System.getProperty(SHARED_SERVER) != null) {
                server = EmbeddedDatabase.existing(System.getProperty(SHARED_SERVER), "postgres", "");
            }
            if (server == null) {
                server = EmbeddedDatabase.fromEnvironmentOrEmbedded();
                if (server.isEmbedded()) {
                    System.setProperty(SHARED_SERVER, server.jdbcUrl(""));
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (Exception ignored) {
                        // the JVM is going away; the embedded server's own hook cleans up too
                    }
                }));
            }
            database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            server.ensureDatabase(database);
            return Map.of(
                    "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                    "quarkus.datasource.username", server.user(),
                    "quarkus.datasource.password", server.password());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start PostgreSQL for tests: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null && database != null) {
            try {
                server.dropDatabase(database);
            } catch (Exception ignored) {
                // a leftover test database on an external server is harmless and named test_*
            }
        }
    }
}
