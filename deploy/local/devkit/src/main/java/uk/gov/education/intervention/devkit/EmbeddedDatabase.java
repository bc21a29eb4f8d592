package uk.gov.education.intervention.devkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server for tests and the local stack: either an embedded one (binaries from Maven
 * Central, started on loopback) or an existing server named by {@code SUITE_DB_URL}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Base JDBC URL of an existing server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}. */
    public static final String ENV_URL = "SUITE_DB_URL";
    public static final String ENV_USER = "SUITE_DB_USER";
    public static final String ENV_PASSWORD = "SUITE_DB_PASSWORD";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private volatile EmbeddedPostgres embedded;
    private final Path dataDirectory;
    private final String baseUrl;
    private final String user;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres embedded, Path dataDirectory, String baseUrl, String user, String password) {
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.user = user;
        this.password = password;
    }

    /** The server named by the environment, or a new embedded one on a free port with throwaway data. */
    public static EmbeddedDatabase fromEnvironmentOrEmbedded() throws IOException {
        String url = System.getenv(ENV_URL);
        if (url != null && !url.isBlank()) {
            return existing(url.trim(), envOr(ENV_USER, "postgres"), envOr(ENV_PASSWORD, ""));
        }
        return embedded(null, 0);
    }

    /** A server already running at {@code baseUrl} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/}), which this object never stops. */
    public static EmbeddedDatabase existing(String baseUrl, String user, String password) {
        return new EmbeddedDatabase(null, null, baseUrl, user, password);
    }

    /**
     * The server named by the environment, or a new embedded one on a free port keeping its data in
     * {@code dataDirectory}, so that it can be {@link #restart restarted}.
     */
    public static EmbeddedDatabase fromEnvironmentOrEmbedded(Path dataDirectory) throws IOException {
        String url = System.getenv(ENV_URL);
        if (url != null && !url.isBlank()) {
            return fromEnvironmentOrEmbedded();
        }
        return embedded(dataDirectory, 0);
    }

    /**
     * Starts an embedded server. With a data directory the data survive a restart; port 0 picks a
     * free one. Listens on loopback only.
     */
    public static EmbeddedDatabase embedded(Path dataDirectory, int port) throws IOException {
        return embedded(dataDirectory, port, false);
    }

    /**
     * As {@link #embedded(Path, int)}; {@code durable} turns on what the embedded server turns off for speed
     * (fsync and synchronous_commit), as a production server has them: for the benchmark.
     */
    public static EmbeddedDatabase embedded(Path dataDirectory, int port, boolean durable) throws IOException {
        EmbeddedPostgres pg = startEmbedded(dataDirectory, port, durable);
        return new EmbeddedDatabase(pg, dataDirectory, "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/", "postgres", "");
    }

    private static EmbeddedPostgres startEmbedded(Path dataDirectory, int port) throws IOException {
        return startEmbedded(dataDirectory, port, false);
    }

    private static EmbeddedPostgres startEmbedded(Path dataDirectory, int port, boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("encoding", "UTF8");
        if (durable) {
            // these -c options follow the launcher's -F (fsync off) on the command line, so they win
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public String jdbcUrl(String database) {
        return baseUrl + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Whether {@link #restart} can restart the server: an embedded one with a data directory of its own. */
    public boolean isRestartable() {
        return embedded != null && dataDirectory != null;
    }

    /**
     * Stops the embedded server (a fast shutdown: open connections are cut, committed data are kept),
     * leaves it down for {@code down}, and starts it again on the same port with the same data, as an
     * operator's restart or a fail-over would.
     */
    public synchronized void restart(java.time.Duration down) throws IOException, InterruptedException {
        if (!isRestartable()) {
            throw new IllegalStateException("only an embedded server with a data directory of its own can be restarted");
        }
        int port = embedded.getPort();
        embedded.close();
        Thread.sleep(down.toMillis());
        embedded = startEmbedded(dataDirectory, port);
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) throws SQLException {
        requireSafeName(name);
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        }
    }

    public void dropDatabase(String name) throws SQLException {
        requireSafeName(name);
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void requireSafeName(String name) {
        if (!DATABASE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
