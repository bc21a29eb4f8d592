package uk.gov.education.intervention.e2e;

import uk.gov.education.intervention.devkit.DevTokens;
import uk.gov.education.intervention.devkit.EmbeddedDatabase;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The three services started from their packaged applications, each on a free loopback port with
 * a fresh database of its own on one real PostgreSQL, configured as the local stack configures
 * them. Each call from one service to another goes through a {@link FaultProxy} of its own (passing
 * everything unless a test says otherwise). Stopped (processes, proxies, databases) by {@link #close()}.
 */
public final class RunningSuite implements AutoCloseable {

    private static final List<String> SERVICES = List.of("councils-service", "directions-service", "reporting-service");

    /** The calls between the services, each through a proxy of its own: caller, and the service it calls. */
    public enum Link {
        DIRECTIONS_TO_COUNCILS("directions-service", "councils-service"),
        REPORTING_TO_COUNCILS("reporting-service", "councils-service"),
        REPORTING_TO_DIRECTIONS("reporting-service", "directions-service");

        public final String caller;
        public final String callee;

        Link(String caller, String callee) {
            this.caller = caller;
            this.callee = callee;
        }
    }

    /**
     * Circuit breakers of the calls between the services wait a quarter of a second (instead of 15 or 30 seconds)
     * before trying a failed service again, so that a test sees recovery soon after a fault ends (most of
     * DependencyFaultsTest's fifteen faults open one).
     */
    private static final List<String> TEST_SETTINGS = List.of(
            "-Dsuite.downstream.councils-service.circuit-breaker.delay=250ms",
            "-Dsuite.downstream.directions-service.circuit-breaker.delay=250ms",
            // the tests write as a few subjects far faster than any person; the limit itself is councils-service's RateLimitTest
            "-Dsuite.rate-limit.requests=1000000",
            // webhooks: sent each second, retried after a second or two (not 30 s to 6 h), and a delivery cut by a kill
            // taken again after a lease of connect + read timeout + 5 s (9 s, not 45 s), so the webhook tests take seconds
            "-Dreporting.webhooks.dispatch-every=1s",
            "-Dreporting.webhooks.first-backoff=PT1S",
            "-Dreporting.webhooks.max-backoff=PT2S",
            "-Dreporting.webhooks.connect-timeout=PT1S",
            "-Dreporting.webhooks.read-timeout=PT3S",
            "-Dreporting.webhooks.lease-margin=PT5S");

    /**
     * The services' JVMs here live for a few minutes on a two-core machine: the C1 compiler alone and the serial
     * collector start them with less CPU than the server defaults, which production keeps.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final EmbeddedDatabase db;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, ProcessBuilder> launchers = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<Link, FaultProxy> proxies = new java.util.EnumMap<>(Link.class);
    private final List<String> databases = new ArrayList<>();
    private final Path root;
    private final Path logs;
    private final Path dataDirectory;

    private RunningSuite(EmbeddedDatabase db, Path root, Path dataDirectory) {
        this.db = db;
        this.dataDirectory = dataDirectory;
        this.root = root;
        this.logs = root.resolve("deploy/e2e/target/e2e-logs");
    }

    public static RunningSuite start() throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "../..")).toAbsolutePath().normalize();
        for (String service : SERVICES) {
            Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: run the suite's tests with `./mvnw verify` from "
                        + root + ", which packages every service before this module runs.");
            }
        }
        Path data = root.resolve("deploy/e2e/target/e2e-pgdata-" + UUID.randomUUID().toString().substring(0, 8));
        RunningSuite suite = new RunningSuite(EmbeddedDatabase.fromEnvironmentOrEmbedded(data), root, data);
        // the services must not outlive this JVM, however it ends
        Runtime.getRuntime().addShutdownHook(new Thread(() -> suite.processes.values().forEach(Process::destroyForcibly)));
        try {
            suite.launch();
            return suite;
        } catch (Exception e) {
            suite.close();
            throw e;
        }
    }

    private void launch() throws Exception {
        Files.createDirectories(logs);
        for (String service : SERVICES) {
            ports.put(service, freePort());
            managementPorts.put(service, freePort());
        }
        for (Link link : Link.values()) {
            proxies.put(link, FaultProxy.start(link.name().toLowerCase().replace('_', '-'), freePort(), ports.get(link.callee)));
        }
        Path devJwt = root.resolve("deploy/local/devkit/src/main/resources/dev-jwt");
        String publicKey = devJwt.resolve("public.pem").toUri().toString();
        for (String service : SERVICES) {
            String name = service.replace("-service", "");
            String database = "e2e_" + name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            db.ensureDatabase(database);
            databases.add(database);
            String prefix = name.toUpperCase();
            List<String> command = new ArrayList<>(ServiceJvm.command(root, service));
            command.add("-Xmx384m");
            command.addAll(JVM_OPTIONS);
            command.addAll(TEST_SETTINGS);
            command.addAll(List.of("-jar", root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar").toString()));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service + ".log").toFile());
            Map<String, String> env = pb.environment();
            env.put(prefix + "_DB_URL", db.jdbcUrl(database));
            env.put(prefix + "_DB_USER", db.user());
            env.put(prefix + "_DB_PASSWORD", db.password());
            env.put("SEED_DATA", "true");
            env.put("HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
            env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPorts.get(service)));
            // a local stack: the development key is trusted
            env.put("SUITE_INSECURE_LOCAL_STACK", "true");
            env.put("JWT_PUBLIC_KEYS_URL", publicKey);
            env.put("JWT_ISSUER", DevTokens.ISSUER);
            env.put("COUNCILS_SERVICE_URL", proxiedUrl(service, "councils-service"));
            env.put("DIRECTIONS_SERVICE_URL", proxiedUrl(service, "directions-service"));
            // reporting-service calls the other two with a read-only token of the key they trust, as run.sh sets it up
            env.put("REPORTING_SERVICE_TOKEN",
                    DevTokens.token("reporting-service", "dfe-analyst", (String) null, 86400, DevTokens.bundledKey()));
            // council names are not reused between requests, so that an outage of councils-service shows at once
            env.put("REPORTING_COUNCILS_CACHE_TTL", "PT0S");
            launchers.put(service, pb);
            processes.put(service, pb.start());
        }
        for (String service : SERVICES) {
            awaitReady(service, Duration.ofSeconds(180));
        }
        awaitWhole(Duration.ofSeconds(90));
    }

    /**
     * Until reporting-service answers whole (200, not degraded) the reads that call the other two: the first
     * calls between services just started may outlast the callers' timeouts on a busy machine, which then
     * answer 503 or degraded as designed; the tests are handed a suite past that. Bounded: after {@code limit}
     * the tests see what the suite does.
     */
    private void awaitWhole(Duration limit) throws InterruptedException {
        String token = DevTokens.token("dfe-analyst");
        Instant deadline = Instant.now().plus(limit);
        for (String path : List.of("/v1/aggregates/quarterly", "/v1/due-items?council=E06000035&from=2020-01-01&to=2020-12-31")) {
            while (Instant.now().isBefore(deadline)) {
                try {
                    Http.Answer a = Http.get(url("reporting-service") + path, token, Duration.ofSeconds(20));
                    if (a.status() == 200 && a.json() != null && !a.json().path("degraded").asBoolean(true)) {
                        break;
                    }
                } catch (IOException e) {
                    // not answering yet: try again
                }
                Thread.sleep(250);
            }
        }
    }

    public String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** The management interface: health and metrics. */
    public String managementUrl(String service) {
        return "http://127.0.0.1:" + managementPorts.get(service);
    }

    /** Where {@code caller} reaches {@code callee}: through the proxy of their link. */
    private String proxiedUrl(String caller, String callee) {
        for (Link link : Link.values()) {
            if (link.caller.equals(caller) && link.callee.equals(callee)) {
                return "http://127.0.0.1:" + proxies.get(link).port();
            }
        }
        return url(callee);
    }

    /** The proxy through which {@code link.caller} calls {@code link.callee}. */
    public FaultProxy proxy(Link link) {
        return proxies.get(link);
    }

    /** The readiness endpoint the suite polls: on the management port, with health and metrics. */
    public String readinessUrl(String service) {
        return managementUrl(service) + "/q/health/ready";
    }

    /** Ready on the management port, and the API's port open too. */
    public boolean isReady(String service) {
        return status(readinessUrl(service)) == 200 && status(url(service) + "/q/openapi") == 200;
    }

    /** A connection to the service's own database, as its owner (for tests that check what was stored). */
    public java.sql.Connection database(String service) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(db.jdbcUrl(databases.get(SERVICES.indexOf(service))), db.user(), db.password());
    }

    /** Whether {@link #restartDatabase} can restart PostgreSQL (not a server named by SUITE_DB_URL). */
    public boolean canRestartDatabase() {
        return db.isRestartable();
    }

    /** Stops PostgreSQL under the running services, leaves it down for {@code down}, and starts it again. */
    public void restartDatabase(Duration down) throws Exception {
        db.restart(down);
    }

    public long pid(String service) {
        return processes.get(service).pid();
    }

    public boolean isAlive(String service) {
        return processes.get(service).isAlive();
    }

    /** Kills the service at once (SIGKILL): no shutdown hook runs, nothing in flight completes. */
    public void kill(String service) throws InterruptedException {
        Process p = processes.get(service);
        p.destroyForcibly();
        p.waitFor();
    }

    /** Stops one service (as an outage), keeping its port so that {@link #restart} brings it back. */
    public void stop(String service) throws InterruptedException {
        Process p = processes.get(service);
        p.destroy();
        p.waitFor();
    }

    /** Starts a stopped service again on its port and waits until it is ready. */
    public void restart(String service) throws Exception {
        ProcessBuilder pb = launchers.get(service);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile()));
        processes.put(service, pb.start());
        awaitReady(service, Duration.ofSeconds(180));
    }

    public Path log(String service) {
        return logs.resolve(service + ".log");
    }

    private void awaitReady(String service, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            Process p = processes.get(service);
            if (!p.isAlive()) {
                throw new IllegalStateException(service + " exited with " + p.exitValue() + " while starting; see " + log(service)
                        + ", which ends:\n" + tail(log(service), 25));
            }
            if (isReady(service)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " was not ready within " + limit + "; see " + log(service)
                + ", which ends:\n" + tail(log(service), 25));
    }

    /** The last lines of a log, so that a failure in CI shows its cause where only the test report is kept. */
    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(the log could not be read: " + e + ")";
        }
    }

    static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            int code = c.getResponseCode();
            c.disconnect();
            return code;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A free loopback port no outgoing connection can take before the service binds it ({@link LoopbackPorts}). */
    static int freePort() throws IOException {
        return LoopbackPorts.free();
    }

    @Override
    public void close() throws Exception {
        proxies.values().forEach(FaultProxy::close);
        for (Process p : processes.values()) {
            p.destroy();
        }
        for (Process p : processes.values()) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        for (String database : databases) {
            try {
                db.dropDatabase(database);
            } catch (Exception ignored) {
                // an embedded server is discarded below; a shared one keeps a harmless e2e_* database
            }
        }
        db.close();
        if (dataDirectory != null && Files.isDirectory(dataDirectory)) {
            try (var paths = Files.walk(dataDirectory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
