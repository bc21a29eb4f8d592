package uk.gov.education.intervention.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * deploy/compose: the compose file parses strictly and wires the services as production does,
 * and each Dockerfile builds the Quarkus JVM layout as a non-root user. Nothing here runs Docker
 * (there is no engine on the build machines); where a Compose CLI is installed, its own
 * {@code config} check runs too.
 */
class ComposeFileTest {

    private static final Path COMPOSE_FILE = DeployPaths.compose().resolve("compose.yaml");
    private static final String REQUIRED_TOKEN = "REPORTING_SERVICE_TOKEN";
    private static ComposeFile compose;

    @BeforeAll
    static void parse() throws IOException {
        compose = StrictYaml.mapper().readValue(COMPOSE_FILE.toFile(), ComposeFile.class);
    }

    @Test
    void namesPostgresAndTheThreeServices() {
        assertEquals(Set.of("postgres", "councils-service", "directions-service", "reporting-service"),
                compose.services().keySet());
    }

    @Test
    void postgresIsPinnedHealthCheckedAndCreatesOneDatabasePerService() throws IOException {
        ComposeFile.Service postgres = compose.services().get("postgres");
        assertTrue(postgres.image().matches("postgres:[0-9]+\\.[0-9]+[^:]*"), postgres.image() + " is not pinned");
        assertNotNull(postgres.healthcheck(), "postgres has no healthcheck");
        assertTrue(postgres.volumes().contains("./initdb:/docker-entrypoint-initdb.d:ro"), "init scripts not mounted");
        Path script = DeployPaths.compose().resolve("initdb/01-databases.sh");
        assertTrue(Files.isExecutable(script), script + " must be executable for the postgres image to run it");
        String text = Files.readString(script);
        for (SuiteService service : SuiteService.values()) {
            assertTrue(text.contains("create " + service.database() + " \"$" + service.dbUrlVariable().replace("URL", "PASSWORD") + "\""),
                    "the init script does not create " + service.database());
            assertTrue(postgres.environment().containsKey(service.dbUrlVariable().replace("URL", "PASSWORD")));
        }
    }

    @ParameterizedTest
    @EnumSource(SuiteService.class)
    void eachServiceIsWiredLikeProduction(SuiteService service) {
        ComposeFile.Service s = compose.services().get(service.serviceName());
        Map<String, String> env = s.environment();
        for (String variable : service.requiredEnvironment()) {
            assertTrue(env.containsKey(variable), service.serviceName() + " is not given " + variable);
        }
        for (Set<String> oneOf : service.oneOfEnvironment()) {
            assertTrue(oneOf.stream().anyMatch(env::containsKey), service.serviceName() + " is given none of " + oneOf);
        }
        assertEquals("jdbc:postgresql://postgres:5432/" + service.database(), env.get(service.dbUrlVariable()));
        assertEquals("0.0.0.0", env.get("HTTP_HOST"));
        for (SuiteService.Call call : SuiteService.CALLS) {
            if (call.caller() == service) {
                String variable = call.callee() == SuiteService.COUNCILS ? "COUNCILS_SERVICE_URL" : "DIRECTIONS_SERVICE_URL";
                assertEquals("http://" + call.callee().serviceName() + ":" + call.callee().port(), env.get(variable));
                assertEquals(ComposeFile.Condition.HEALTHY, s.dependsOn().get(call.callee().serviceName()).condition(),
                        service.serviceName() + " must wait for " + call.callee().serviceName() + " to be healthy");
            }
        }
        assertEquals(ComposeFile.Condition.HEALTHY, s.dependsOn().get("postgres").condition());
        assertEquals(List.of("127.0.0.1:" + service.port() + ":" + service.port(),
                "127.0.0.1:" + service.managementPort() + ":" + service.managementPort()), s.ports());
        // compose trusts the development key, which a service accepts only on a local stack that says so
        assertEquals("https://dev-only.intervention.invalid", env.get("JWT_ISSUER"));
        assertEquals("true", env.get("SUITE_INSECURE_LOCAL_STACK"), service.serviceName() + " does not opt in to the development key");
        assertFalse(env.containsKey("REPORTING_SERVICE_SIGNING_KEY"), "compose gives reporting-service a token-signing key");
        assertEquals(Boolean.TRUE, s.readOnly(), "root filesystem must be read-only");
        assertEquals(List.of("/tmp"), s.tmpfs());
        assertEquals(List.of("ALL"), s.capDrop());
        assertEquals(List.of("no-new-privileges:true"), s.securityOpt());
        String check = String.join(" ", s.healthcheck().test());
        assertTrue(check.contains("/dev/tcp/127.0.0.1/" + service.managementPort()) && check.contains("/q/health/ready"), check);
        for (String volume : s.volumes()) {
            Path source = DeployPaths.compose().resolve(volume.substring(0, volume.indexOf(':'))).normalize();
            assertTrue(Files.exists(source), volume + ": " + source + " does not exist");
        }
        assertEquals(DeployPaths.repositoryRoot(), DeployPaths.compose().resolve(s.build().context()).normalize());
    }

    @ParameterizedTest
    @EnumSource(SuiteService.class)
    void eachDockerfileRunsTheQuarkusJvmLayoutAsNonRoot(SuiteService service) throws IOException {
        ComposeFile.Service s = compose.services().get(service.serviceName());
        Path dockerfile = DeployPaths.repositoryRoot().resolve(s.build().dockerfile());
        assertEquals(DeployPaths.compose().resolve(service.serviceName()).resolve("Dockerfile"), dockerfile);
        List<String> lines = instructions(Files.readString(dockerfile));
        List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(1, from.size(), "one stage expected: " + from);
        assertTrue(from.get(0).matches("FROM eclipse-temurin:25\\.[0-9.]+_[0-9]+-jre-[a-z]+"),
                from.get(0) + " is not a pinned Temurin 25 JRE");
        String app = service.serviceName() + "/target/quarkus-app/";
        for (String part : List.of("lib/", "quarkus/", "app/", "quarkus-run.jar")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("COPY " + app + part + " ")), "does not copy " + app + part);
        }
        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
        assertFalse(users.isEmpty(), "no USER: the image would run as root");
        String user = users.get(users.size() - 1).substring(5).trim();
        assertTrue(user.matches("[1-9][0-9]*(:[1-9][0-9]*)?"), "USER " + user + " must be a numeric non-root id");
        assertTrue(lines.contains("EXPOSE " + service.port()), "EXPOSE " + service.port() + " missing");
        assertTrue(lines.contains("EXPOSE " + service.managementPort()), "EXPOSE " + service.managementPort() + " missing");
        String entrypoint = lines.stream().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElse("");
        assertTrue(entrypoint.contains("\"-jar\", \"/deployments/quarkus-run.jar\""), entrypoint);
        // the JVM options of deploy/jvm (those the bench and the local stack use), and the ahead-of-time
        // cache made in the image by a training run with the same options, training options and jar path
        // as deploy/jvm/jvm.sh's (see jvmShTrainsWithTheOptionsTheImagesTrainWith)
        assertTrue(lines.contains("COPY deploy/jvm/services.options jvm.options"), "does not copy the JVM options");
        assertTrue(lines.contains("COPY deploy/jvm/training.options training.options"), "does not copy the training run's options");
        assertTrue(lines.contains("COPY deploy/jvm/train.sh train.sh"), "does not copy the training script");
        // the JVM's environment of deploy/jvm/services.env (run.sh and the bench put it before java)
        for (String variable : Files.readAllLines(DeployPaths.repositoryRoot().resolve("deploy/jvm/services.env"))) {
            if (!variable.isBlank() && !variable.startsWith("#")) {
                assertTrue(lines.contains("ENV " + variable), "does not set " + variable + " as deploy/jvm/services.env does");
            }
        }
        assertTrue(entrypoint.contains("\"java\", \"@/deployments/jvm.options\", \"-XX:AOTCache=/deployments/app.aot\""), entrypoint);
        List<String> training = lines.stream().filter(l -> l.contains("-XX:AOTCacheOutput=")).toList();
        assertEquals(1, training.size(), "one training run expected: " + training);
        String run = training.get(0);
        assertTrue(run.startsWith("RUN sh /deployments/train.sh /tmp/training.log java @/deployments/jvm.options @/deployments/training.options"
                + " -XX:AOTCacheOutput=/deployments/app.aot -jar /deployments/quarkus-run.jar;"),
                "the training run is not the one the ENTRYPOINT's cache needs, run by train.sh as jvm.sh runs it: " + run);
        // the run reaches no database: the build must judge it by the cache it wrote, not its status
        assertTrue(run.matches(".* -jar /deployments/quarkus-run.jar(?:(?!&&|\\|\\|)[^;])*; .*"), "the training run's failure would stop the build: " + run);
        assertTrue(run.contains("[ -s /deployments/app.aot ]") || run.contains("test -s /deployments/app.aot"),
                "an image without a cache would be built: " + run);
        // every Quarkus setting of the training run comes from training.options, the one file jvm.sh uses too
        // (an inline -Dquarkus... drifts, as -Dquarkus.appcds.generate=true did: a key Quarkus 3.34 does not read)
        assertTrue(lines.stream().noneMatch(l -> l.contains("-Dquarkus.")), "a Quarkus setting outside deploy/jvm/training.options");
        List<String> ignore = Files.readAllLines(dockerfile.resolveSibling("Dockerfile.dockerignore"));
        assertTrue(ignore.contains("*") && ignore.contains("!" + service.serviceName() + "/target/quarkus-app")
                && ignore.contains("!deploy/jvm/services.options") && ignore.contains("!deploy/jvm/training.options")
                && ignore.contains("!deploy/jvm/train.sh"),
                "the build context should send only the packaged application, the JVM options and the training script: " + ignore);
    }

    /**
     * The local stack and the bench make their startup cache with deploy/jvm/jvm.sh: the same script and two
     * option files as the images, and training options that let the run start without a database and take no
     * fixed or public port, wherever it runs (train.sh stops it once started).
     */
    @Test
    void jvmShTrainsWithTheOptionsTheImagesTrainWith() throws IOException {
        Path jvm = DeployPaths.deploy().resolve("jvm");
        String script = Files.readString(jvm.resolve("jvm.sh"));
        assertTrue(script.contains("sh \"$suite_jvm_dir/train.sh\" \"$app/startup-cache.log\" \\\n"
                + "      \"$java\" \"@$suite_jvm_dir/services.options\" \"@$suite_jvm_dir/training.options\" \"$make\" -jar \"$jar\"\n"),
                "jvm.sh's training run is not train.sh's run of services.options and training.options");
        assertFalse(script.contains("-Dquarkus."), "a Quarkus setting of jvm.sh outside training.options");
        List<String> options = Files.readAllLines(jvm.resolve("training.options")).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:1/none",
                "-Dquarkus.flyway.migrate-at-start=false", "-Dquarkus.hibernate-orm.schema-management.strategy=none",
                "-Dquarkus.http.port=0", "-Dquarkus.management.port=0", "-DHTTP_HOST=127.0.0.1",
                "-DJWT_ISSUER=https://training.invalid", "-DJWT_PUBLIC_KEYS_URL=file:/nonexistent/training.pem"), options);
    }

    @Test
    void anUnknownComposeKeyIsRefused() {
        String yaml = "services:\n  councils-service:\n    image: x\n    read-only: true\n";
        assertThrows(IOException.class, () -> StrictYaml.mapper().readValue(yaml, ComposeFile.class));
    }

    /** Compose's own validation, where a Compose CLI is installed (it needs no Docker engine). */
    @Test
    void composeConfigAcceptsTheFileAndInsistsOnTheServiceToken() throws Exception {
        Optional<List<String>> cli = composeCli();
        if (cli.isEmpty()) {
            String message = "no Compose CLI (docker compose, docker-compose): compose's own config check was NOT run";
            System.err.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }
        List<String> command = new ArrayList<>(cli.get());
        command.addAll(List.of("-f", COMPOSE_FILE.toString(), "config", "-q"));
        assertEquals(0, run(command, Map.of(REQUIRED_TOKEN, "a-token")), "compose config refused the file");
        assertTrue(run(command, Map.of()) != 0, "compose config accepted the file without " + REQUIRED_TOKEN);
    }

    private static Optional<List<String>> composeCli() throws InterruptedException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "docker-compose"))) {
                return Optional.of(List.of(Path.of(dir, "docker-compose").toString()));
            }
        }
        try {
            if (run(List.of("docker", "compose", "version"), Map.of()) == 0) {
                return Optional.of(List.of("docker", "compose"));
            }
        } catch (IOException e) {
            // no docker CLI at all
        }
        return Optional.empty();
    }

    private static int run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(REQUIRED_TOKEN);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command + " did not finish");
        }
        if (process.exitValue() != 0) {
            System.err.println(command + " said: " + output.strip());
        }
        return process.exitValue();
    }

    /** Dockerfile instructions, one per entry, with continuation lines joined and comments dropped. */
    private static List<String> instructions(String dockerfile) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : dockerfile.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || line.isEmpty() && current.length() == 0) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            out.add(current.toString().replaceAll("\\s+", " ").trim());
            current.setLength(0);
        }
        return out;
    }
}
