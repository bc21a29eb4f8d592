package uk.gov.education.intervention.e2e;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import uk.gov.education.intervention.devkit.DevTokens;
import uk.gov.education.intervention.devkit.EmbeddedDatabase;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * deploy/local/run.sh as a developer runs it, on free ports so that it never meets another stack:
 * with its own embedded PostgreSQL, and with an existing server (SUITE_DB_URL). Either way the
 * suite becomes ready, answers, stays up, and Ctrl-C or SIGTERM stops every process it started
 * (and only those: an existing server keeps running). The two routes run side by side, each on ports and
 * in a work directory of its own; the services' startup caches, which both would otherwise make, are made first.
 */
class LocalStackScriptTest {

    private static final Duration READY_LIMIT = Duration.ofSeconds(300);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(120);
    /** More than two rounds of the script's watch over its processes (every 2 s), counted from READY. */
    private static final Duration STAYS_UP = Duration.ofSeconds(6);
    private static final List<String> SERVICES = List.of("councils", "directions", "reporting");

    private static Path root;

    @BeforeAll
    static void packaged() throws Exception {
        root = Path.of(System.getProperty("suite.root", "../..")).toAbsolutePath().normalize();
        List<Path> needed = new ArrayList<>(List.of(root.resolve("deploy/local/devkit/target/devkit-runner.jar")));
        SERVICES.forEach(s -> needed.add(root.resolve(s + "-service/target/quarkus-app/quarkus-run.jar")));
        for (Path file : needed) {
            if (!Files.isRegularFile(file)) {
                // run.sh would build it with `mvnw install`, which a test must never do
                fail(file + " is missing: run the suite's tests with `./mvnw verify` from " + root
                        + ", which packages every module before this one runs.");
            }
        }
        for (String service : SERVICES) {
            ServiceJvm.command(root, service + "-service");
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void withItsOwnPostgresItStaysUpAndCtrlCStopsEverything() throws Exception {
        Path work = workDirectory("embedded");
        Map<String, String> env = ports();
        int pgPort = RunningSuite.freePort();
        env.put("SUITE_PG_PORT", String.valueOf(pgPort));
        env.put("SUITE_DATA_DIR", work.resolve("pgdata").toString());
        String feed;
        try (Script script = Script.start(work, env)) {
            script.awaitReady();
            answers(env);
            feed = subscription(env);
            script.assertStaysUp();

            List<ProcessHandle> started = script.descendants();
            script.interruptLikeCtrlC();
            script.assertStoppedWith(130, started);
            assertClosed(env, pgPort);
            assertFalse(Files.exists(work.resolve("pgdata/postmaster.pid")), "PostgreSQL was left running");
        }
        Path secret = work.resolve("feed-secret");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(secret));
        assertTrue(Files.readString(secret).matches("[0-9a-f]{64}"), "the feed secret should be 256 random bits in hex");
        // the Atom feed's, a secret of its own
        Path atomSecret = work.resolve("directions-feed-secret");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(atomSecret));
        assertTrue(Files.readString(atomSecret).matches("[0-9a-f]{64}"), "the Atom feed secret should be 256 random bits in hex");
        assertTrue(!Files.readString(atomSecret).equals(Files.readString(secret)), "each feed has a key of its own");

        // started again on the same data, the subscription URL issued before still serves the calendar
        try (Script script = Script.start(work, env)) {
            script.awaitReady();
            assertTrue(script.output().matches("(?s).*READY: intervention suite is running \\(ready in \\d+ s\\).*"), script.output());
            assertEquals(200, untilAnswered(() -> RestAssured.given().baseUri("http://127.0.0.1:" + env.get("SUITE_REPORTING_PORT"))
                    .urlEncodingEnabled(false).get(feed)).statusCode(), "the feed URL issued before the restart");
            List<ProcessHandle> started = script.descendants();
            script.interruptLikeCtrlC();
            script.assertStoppedWith(130, started);
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void withAnExistingPostgresItStaysUpAndSigtermStopsEverythingButThatServer() throws Exception {
        Path work = workDirectory("existing");
        // a server of the test's own stands in for the developer's, so that nothing shared is touched
        try (EmbeddedDatabase existing = EmbeddedDatabase.embedded(null, 0)) {
            Map<String, String> env = ports();
            env.put("SUITE_DB_URL", existing.jdbcUrl(""));
            env.put("SUITE_DB_USER", existing.user());
            env.put("SUITE_DB_PASSWORD", existing.password());
            try (Script script = Script.start(work, env)) {
                script.awaitReady();
                answers(env);
                script.assertStaysUp();

                List<ProcessHandle> started = script.descendants();
                script.terminate();
                script.assertStoppedWith(143, started);
                assertClosed(env, null);
            }
            try (Connection c = DriverManager.getConnection(existing.jdbcUrl("postgres"), existing.user(), existing.password());
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT count(*) FROM pg_database WHERE datname IN ('councils', 'directions', 'reporting')")) {
                rs.next();
                assertEquals(3, rs.getInt(1), "the existing server should hold the three databases and still run");
            }
        }
    }

    /** Free ports for every service and management interface, named as run.sh reads them. */
    private static Map<String, String> ports() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String prefix = "SUITE_" + service.toUpperCase();
            env.put(prefix + "_PORT", String.valueOf(RunningSuite.freePort()));
            env.put(prefix + "_MANAGEMENT_PORT", String.valueOf(RunningSuite.freePort()));
        }
        return env;
    }

    /** Each service answers on its port, with the seed data, and reporting-service reads the other two. */
    private static void answers(Map<String, String> env) throws InterruptedException {
        for (String service : SERVICES) {
            String prefix = "SUITE_" + service.toUpperCase();
            RestAssured.given().baseUri("http://127.0.0.1:" + env.get(prefix + "_PORT")).get("/q/openapi")
                    .then().statusCode(200);
            RestAssured.given().baseUri("http://127.0.0.1:" + env.get(prefix + "_MANAGEMENT_PORT")).get("/q/health/ready")
                    .then().statusCode(200);
        }
        String token = DevTokens.token("dfe-analyst");
        RestAssured.given().baseUri("http://127.0.0.1:" + env.get("SUITE_COUNCILS_PORT")).auth().oauth2(token)
                .get("/v1/councils/E06000021").then().statusCode(200).body("name", equalTo("Stoke-on-Trent City Council"));
        Response dueItems = untilAnswered(() -> RestAssured.given().baseUri("http://127.0.0.1:" + env.get("SUITE_REPORTING_PORT"))
                .auth().oauth2(token).queryParam("council", "E06000021").queryParam("kind", "PERFORMANCE_REVIEW")
                .queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get("/v1/due-items"));
        dueItems.then().statusCode(200)
                .body("items.dueOn", equalTo(List.of("2020-01-31", "2020-04-30", "2020-07-31", "2020-10-31")));
    }

    /** A calendar subscription URL for Stoke-on-Trent: its path and signed query, to call on reporting-service's port. */
    private static String subscription(Map<String, String> env) throws InterruptedException {
        URI url = URI.create(RestAssured.given().baseUri("http://127.0.0.1:" + env.get("SUITE_REPORTING_PORT"))
                .auth().oauth2(DevTokens.token("dfe-analyst")).contentType("application/json")
                .body(Map.of("councilGssCode", "E06000021")).post("/v1/calendar/subscriptions")
                .then().statusCode(201).extract().path("feedUrl"));
        String feed = url.getRawPath() + "?" + url.getRawQuery();
        assertEquals(200, untilAnswered(() -> RestAssured.given().baseUri("http://127.0.0.1:" + env.get("SUITE_REPORTING_PORT"))
                .urlEncodingEnabled(false).get(feed)).statusCode(), "the feed URL just issued");
        return feed;
    }

    /**
     * The call's answer once it is not 503: the first calls to a service that has just started may
     * outlast reporting-service's timeout on a busy machine, which then answers 503 as designed.
     */
    private static Response untilAnswered(Supplier<Response> call) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Response response;
        do {
            response = call.get();
            if (response.statusCode() != 503) {
                break;
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));
        return response;
    }

    private static void assertClosed(Map<String, String> env, Integer pgPort) {
        List<Integer> ports = new ArrayList<>();
        env.forEach((name, value) -> {
            if (name.endsWith("_PORT")) {
                ports.add(Integer.parseInt(value));
            }
        });
        if (pgPort != null) {
            ports.add(pgPort);
        }
        for (int port : ports) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                fail("something still listens on port " + port + " after run.sh stopped");
            } catch (IOException expected) {
                // closed, as it should be
            }
        }
    }

    private static Path workDirectory(String route) throws IOException {
        Path work = root.resolve("deploy/e2e/target/run-sh").resolve(route);
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        return Files.createDirectories(work);
    }

    /** run.sh running in a session of its own (as in a terminal: Ctrl-C signals its whole process group). */
    private static final class Script implements AutoCloseable {
        private final Process process;
        private final Path output;
        private long readyAt;

        private Script(Process process, Path output) {
            this.process = process;
            this.output = output;
        }

        static Script start(Path work, Map<String, String> settings) throws IOException {
            Path output = work.resolve("run.sh.out");
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add("/usr/bin/setsid");
            }
            command.addAll(List.of("bash", root.resolve("deploy/local/run.sh").toString()));
            ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("SUITE_") || k.startsWith("QUARKUS_") || k.startsWith("JWT_")
                    || k.startsWith("REPORTING_"));
            env.put("SUITE_LOG_DIR", work.resolve("logs").toString());
            // the feed secret is kept beside the data directory: in the work directory, never the developer's .local
            env.put("SUITE_DATA_DIR", work.resolve("pgdata").toString());
            // every java the script starts reads this (the JDK's launcher does), so its JVMs start as the other e2e tests' do
            env.put("JDK_JAVA_OPTIONS", String.join(" ", RunningSuite.JVM_OPTIONS));
            env.putAll(settings);
            Process process = pb.start();
            process.getOutputStream().close();
            Script script = new Script(process, output);
            // the services must not outlive this JVM, however it ends
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (process.isAlive()) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            }));
            return script;
        }

        String output() {
            try {
                return Files.readString(output);
            } catch (IOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        }

        void awaitReady() throws InterruptedException {
            Instant deadline = Instant.now().plus(READY_LIMIT);
            while (Instant.now().isBefore(deadline)) {
                if (output().contains("READY: intervention suite is running")) {
                    readyAt = System.nanoTime();
                    return;
                }
                if (!process.isAlive()) {
                    fail("run.sh exited with " + process.exitValue() + " before it was ready:\n" + output());
                }
                Thread.sleep(250);
            }
            fail("run.sh was not ready within " + READY_LIMIT + ":\n" + output());
        }

        /** Still running STAYS_UP after READY: the calls made since count towards the wait, which need not follow them. */
        void assertStaysUp() throws InterruptedException {
            long left = Math.max(0, STAYS_UP.toNanos() - (System.nanoTime() - readyAt));
            if (process.waitFor(left, TimeUnit.NANOSECONDS)) {
                fail("run.sh exited with " + process.exitValue() + " after it was ready:\n" + output());
            }
        }

        List<ProcessHandle> descendants() {
            List<ProcessHandle> all = process.descendants().toList();
            assertFalse(all.isEmpty(), "run.sh started no process?");
            return all;
        }

        /** SIGINT to the script's process group, as a terminal sends it on Ctrl-C (or to the script alone). */
        void interruptLikeCtrlC() throws Exception {
            long pid = process.pid();
            String target = processGroup(pid) == pid ? "-" + pid : String.valueOf(pid);
            Process kill = new ProcessBuilder("kill", "-INT", "--", target).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -INT " + target);
        }

        void terminate() {
            process.destroy(); // SIGTERM
        }

        /** After a failure: stop what is left, so that nothing outlives the test. */
        @Override
        public void close() throws InterruptedException {
            if (!process.isAlive()) {
                return;
            }
            List<ProcessHandle> left = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                left.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }

        void assertStoppedWith(int exitCode, List<ProcessHandle> started) throws InterruptedException {
            if (!process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("run.sh did not stop within " + STOP_LIMIT + ":\n" + output());
            }
            String out = output();
            assertEquals(exitCode, process.exitValue(), out);
            assertTrue(out.contains("Stopped."), out);
            List<String> left = started.stream().filter(ProcessHandle::isAlive)
                    .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
            assertEquals(List.of(), left, "processes left behind by run.sh");
        }

        private static long processGroup(long pid) throws IOException {
            // /proc/<pid>/stat: pid (comm) state ppid pgrp ...; comm may hold spaces, so read after the last ')'
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[2]);
        }
    }
}
