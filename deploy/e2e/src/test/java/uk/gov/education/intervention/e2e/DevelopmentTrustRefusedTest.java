package uk.gov.education.intervention.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import uk.gov.education.intervention.devkit.DevTokens;
import uk.gov.education.intervention.devkit.EmbeddedDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The packaged services, started as production starts them (no local-stack opt-in), refuse the
 * development issuer and the development public key wherever it is put: each exits while starting
 * and says why. With an issuer and key of its own, reporting-service starts with either way of
 * getting its own token. (With SUITE_INSECURE_LOCAL_STACK=true, as run.sh
 * sets it, every other test of this module starts them with the development key.) The four starts
 * are launched at once, before the tests, which each await theirs: a start is mostly one thread's work
 * with waits between, and each has a database of its own.
 */
class DevelopmentTrustRefusedTest {

    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private static final String REAL_ISSUER = "https://login.example.gov.uk/intervention";

    private static EmbeddedDatabase db;
    private static Path root;
    private static Path logs;
    private static ExecutorService starter;
    private static final Map<String, Future<Outcome>> STARTS = new HashMap<>();

    @TempDir
    static Path keys;

    @BeforeAll
    static void startAll() throws Exception {
        root = Path.of(System.getProperty("suite.root", "../..")).toAbsolutePath().normalize();
        logs = Files.createDirectories(root.resolve("deploy/e2e/target/e2e-logs/refused"));
        db = EmbeddedDatabase.fromEnvironmentOrEmbedded();
        Path copy = keys.resolve("issuer-keys.pem");
        Files.copy(devPublicKey(), copy);
        Map<String, String> token = ownIssuer("own-public-token.pem");
        token.put("REPORTING_SERVICE_TOKEN", "a-token-issued-to-reporting-service");
        // the OIDC client asks the issuer for a token when a call needs one, not at start
        Map<String, String> grant = ownIssuer("own-public-grant.pem");
        grant.put("REPORTING_OIDC_TOKEN_URL", "http://127.0.0.1:9/oauth2/token");
        grant.put("REPORTING_OIDC_CLIENT_ID", "reporting-service");
        grant.put("REPORTING_OIDC_CLIENT_SECRET", "s3cret");
        starter = Executors.newFixedThreadPool(4);
        launch("councils-service", "development-issuer", Map.of(
                "JWT_ISSUER", DevTokens.ISSUER,
                "JWT_PUBLIC_KEYS_URL", devPublicKey().toUri().toString()));
        launch("directions-service", "development-key", Map.of(
                "JWT_ISSUER", REAL_ISSUER,
                "JWT_PUBLIC_KEYS_URL", "file:" + copy));
        launch("reporting-service", "own-issuer", token);
        launch("reporting-service", "own-issuer-grant", grant);
    }

    @AfterAll
    static void stop() throws Exception {
        if (starter != null) {
            starter.shutdownNow();
            starter.awaitTermination(60, TimeUnit.SECONDS);
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theDevelopmentIssuerIsRefused() throws Exception {
        outcome("development-issuer")
                .assertRefused("JWT_ISSUER (mp.jwt.verify.issuer) is the development issuer https://dev-only.intervention.invalid");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theDevelopmentPublicKeyIsRefusedUnderAnotherIssuerAndName() throws Exception {
        outcome("development-key").assertRefused("JWT_PUBLIC_KEYS_URL (file:" + keys.resolve("issuer-keys.pem")
                + ") holds the development public key");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void reportingServiceStartsWithItsOwnIssuerAndATokenIssuedToIt() throws Exception {
        outcome("own-issuer").assertStarted();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void reportingServiceStartsWithItsOwnIssuerAndAGrant() throws Exception {
        outcome("own-issuer-grant").assertStarted();
    }

    private static void launch(String service, String label, Map<String, String> settings) {
        STARTS.put(label, starter.submit(() -> start(service, label, settings)));
    }

    /** How the start labelled {@code label} ended; what made it fail, if it could not be made. */
    private static Outcome outcome(String label) throws Exception {
        try {
            return STARTS.get(label).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** An issuer and key of reporting-service's own (a key pair made here), and the other services where none answers. */
    private static Map<String, String> ownIssuer(String keyFile) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = write(keyFile, "PUBLIC KEY", pair.getPublic().getEncoded());
        return new HashMap<>(Map.of("JWT_ISSUER", REAL_ISSUER, "JWT_PUBLIC_KEYS_URL", "file:" + publicKey,
                "COUNCILS_SERVICE_URL", "http://127.0.0.1:9", "DIRECTIONS_SERVICE_URL", "http://127.0.0.1:9"));
    }

    private static Path devPublicKey() {
        return root.resolve("deploy/local/devkit/src/main/resources/dev-jwt/public.pem");
    }

    private static Path write(String name, String type, byte[] der) throws Exception {
        String pem = "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
        return Files.writeString(keys.resolve(name), pem);
    }

    /** Starts the packaged service as production would, without the local-stack opt-in, until it exits or is ready. */
    private static Outcome start(String service, String label, Map<String, String> settings) throws Exception {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: run the suite's tests with `./mvnw verify` from " + root
                    + ", which packages every service before this module runs.");
        }
        String name = service.replace("-service", "");
        String database = "refused_" + name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        db.ensureDatabase(database);
        int management = RunningSuite.freePort();
        Path log = logs.resolve(service + "-" + label + ".log");
        List<String> command = new ArrayList<>(ServiceJvm.command(root, service));
        command.add("-Xmx256m");
        command.addAll(RunningSuite.JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.remove("SUITE_INSECURE_LOCAL_STACK");
        env.keySet().removeIf(k -> k.startsWith("REPORTING_SERVICE_") || k.startsWith("JWT_"));
        String prefix = name.toUpperCase();
        env.put(prefix + "_DB_URL", db.jdbcUrl(database));
        env.put(prefix + "_DB_USER", db.user());
        env.put(prefix + "_DB_PASSWORD", db.password());
        env.put("HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(RunningSuite.freePort()));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
        env.putAll(settings);
        Process process = pb.start();
        try {
            Instant deadline = Instant.now().plus(START_LIMIT);
            while (Instant.now().isBefore(deadline)) {
                if (process.waitFor(250, TimeUnit.MILLISECONDS)) {
                    return new Outcome(service, process.exitValue(), Files.readString(log));
                }
                if (RunningSuite.status("http://127.0.0.1:" + management + "/q/health/ready") == 200) {
                    return new Outcome(service, null, Files.readString(log));
                }
            }
            throw new AssertionError(service + " neither started nor exited within " + START_LIMIT + "; see " + log);
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            db.dropDatabase(database);
        }
    }

    /** How a start ended: the exit code (null: it became ready) and what it logged. */
    private record Outcome(String service, Integer exitCode, String log) {

        void assertRefused(String reason) {
            assertTrue(exitCode != null, service + " started and became ready; it should have refused to. Its log:\n" + log);
            assertEquals(1, exitCode, service + " exited with " + exitCode + ":\n" + log);
            assertTrue(log.contains(reason), service + " did not say '" + reason + "':\n" + log);
            assertTrue(log.contains("SUITE_INSECURE_LOCAL_STACK=true. The service does not start."), log);
        }

        void assertStarted() {
            assertTrue(exitCode == null, service + " exited with " + exitCode + " instead of starting:\n" + log);
        }
    }
}
