package uk.gov.education.intervention.devkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

/**
 * Gives a {@code @QuarkusTest} a fresh database of its own on a real PostgreSQL: the server named by
 * {@code SUITE_DB_URL}, or an embedded one started for this test JVM. The database is dropped when
 * the tests end.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase server;
    private String database;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (server == null) {
                server = EmbeddedDatabase.fromEnvironmentOrEmbedded();
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
