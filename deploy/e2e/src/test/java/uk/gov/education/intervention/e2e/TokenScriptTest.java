package uk.gov.education.intervention.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/local/token.sh as the README uses it: each role, council and person gets a subject of its
 * own, the same at every call, so that the audit tells Stockport's staff from Medway's; a
 * council-reporter's token names its organisation. The two tests run side by side: each call of the
 * script is a JVM of its own, compiling the script's source, mostly on one core.
 */
class TokenScriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("suite.root", "../..")).toAbsolutePath().normalize();

    private record Run(int exit, String out, String err) {
    }

    private static Run tokenSh(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/local/token.sh").toString()));
        command.addAll(List.of(args));
        // the script runs java from PATH: the JDK running the tests
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        // the launcher reads this (as for run.sh's JVMs in LocalStackScriptTest): a short-lived JVM starts with less CPU
        pb.environment().put("JDK_JAVA_OPTIONS", String.join(" ", RunningSuite.JVM_OPTIONS));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("token.sh did not finish");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim(),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim());
    }

    private static JsonNode claims(String... args) throws Exception {
        Run run = tokenSh(args);
        assertEquals(0, run.exit(), run.err());
        String[] parts = run.out().split("\\.");
        assertEquals(3, parts.length, run.out());
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void eachRoleCouncilAndPersonHasAStableSubjectOfItsOwn() throws Exception {
        JsonNode stockport = claims("council-reporter", "E08000007");
        JsonNode medway = claims("council-reporter", "E06000035");
        assertEquals("dev-council-reporter.E08000007@example.invalid", stockport.path("sub").asText());
        assertEquals("dev-council-reporter.E06000035@example.invalid", medway.path("sub").asText());
        assertEquals("E08000007", stockport.path("organisation").asText());
        JsonNode again = claims("council-reporter", "E08000007");
        assertEquals(stockport.path("sub"), again.path("sub"), "the same at every call");
        assertNotEquals(stockport.path("jti"), again.path("jti"));

        JsonNode alex = claims("council-reporter", "E08000007", "--person", "alex-smith");
        assertEquals("dev-council-reporter.E08000007.alex-smith@example.invalid", alex.path("sub").asText());
        assertEquals("E08000007", alex.path("organisation").asText());

        JsonNode commissioner = claims("commissioner", "E06000021");
        assertEquals("dev-commissioner.E06000021@example.invalid", commissioner.path("sub").asText());
        assertFalse(commissioner.has("organisation"), "a commissioner's reach follows her appointments, not her token");
        assertEquals("dev-dfe-admin@example.invalid", claims("dfe-admin").path("sub").asText());
        assertEquals("https://dev-only.intervention.invalid", commissioner.path("iss").asText());
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void whatMakesNoTokenIsRefusedWithAReason() throws Exception {
        Run noCouncil = tokenSh("council-reporter");
        assertEquals(2, noCouncil.exit());
        assertTrue(noCouncil.err().contains("GSS code"), noCouncil.err());
        assertEquals(2, tokenSh("council-reporter", "E08000007", "E06000035").exit());
        assertEquals(2, tokenSh("dfe-analyst", "E06000021").exit());
        assertEquals(2, tokenSh("council-reporter", "Stockport").exit());
        assertEquals(2, tokenSh("council-reporter", "E08000007", "--person", "Alex Smith").exit());
        assertEquals(2, tokenSh("mayor").exit());
    }
}
