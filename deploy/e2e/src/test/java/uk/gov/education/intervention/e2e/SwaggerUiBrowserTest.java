package uk.gov.education.intervention.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.gov.education.intervention.devkit.DevTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each service's Swagger UI, served by the running suite with its seed data, in a real headless
 * Chromium: authorise through the Authorize dialog, "Try it out" on one read, Execute, and check
 * the response Swagger UI shows. The same call without authorising must show the 401 problem.
 * Screenshots of every step are kept in {@code target/swagger-ui/<service>/}. Two browsers serve
 * the class (starting one takes seconds), one for each of the tests that run side by side; each test
 * has a new tab, with no storage kept from another.
 *
 * <p>Without Chromium and ChromeDriver each test is skipped, saying what to install (and the suite
 * is not started); with {@code -Dbrowser.required=true}, as CI runs it, they fail instead. See
 * {@link Chromium}.
 */
class SwaggerUiBrowserTest {

    private static final String STOKE = "E06000021";
    private static final String STOKE_NAME = "Stoke-on-Trent City Council";

    /** One read per service that the seed data answers, and what the answer must show. */
    record Call(String service, String path, Map<String, String> parameters, List<String> seedValues) {
        @Override
        public String toString() {
            return service + ": GET " + path + " " + parameters;
        }
    }

    static Stream<Call> calls() {
        return Stream.of(
                new Call("councils-service", "/v1/councils/{gss}", Map.of("gss", STOKE),
                        List.of("\"gssCode\": \"" + STOKE + "\"", STOKE_NAME, "INADEQUATE")),
                new Call("directions-service", "/v1/directions/{reference}", Map.of("reference", "E06000021-2019-10-31"),
                        List.of("\"reference\": \"E06000021-2019-10-31\"", "\"status\": \"ISSUED\"", "Stoke-on-Trent")),
                new Call("reporting-service", "/v1/due-items", Map.of("council", STOKE),
                        List.of("\"councilGssCode\": \"" + STOKE + "\"", "E06000021-2019-10-31/monthly-progress-report")));
    }

    @RegisterExtension
    static final SharedSuite SUITE = new SharedSuite();

    /** As many as the module's test threads (junit-platform.properties). */
    private static final int BROWSERS = 2;

    private static Chromium.LookUp browser;
    private static final BlockingQueue<ChromeDriver> DRIVERS = new LinkedBlockingQueue<>();
    private static final List<ChromeDriver> STARTED = new CopyOnWriteArrayList<>();
    private static Path work;
    private static RunningSuite suite;
    private static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.lookUp(); // before the suite, which a skip does not need
        if (!browser.found()) {
            return;
        }
        screenshots = Path.of("target/swagger-ui").toAbsolutePath();
        deleteTree(screenshots); // no stale picture from an earlier run
        suite = SUITE.get();
        work = Files.createDirectories(Path.of("target/browser"));
        // side by side: each start is mostly waiting for the browser's own processes
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (int n = 1; n <= BROWSERS; n++) {
            Path profile = Files.createTempDirectory(work, "profile-");
            Path log = work.resolve("chromedriver-" + n + ".log");
            starts.add(CompletableFuture.runAsync(() -> {
                try {
                    ChromeDriver driver = browser.chromium().start(profile, log);
                    STARTED.add(driver);
                    DRIVERS.add(driver);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
    }

    @AfterAll
    static void stop() {
        STARTED.forEach(ChromeDriver::quit);
        if (work == null) {
            return;
        }
        try (Stream<Path> profiles = Files.list(work)) {
            for (Path profile : profiles.filter(p -> p.getFileName().toString().startsWith("profile-")).toList()) {
                deleteTree(profile);
            }
        } catch (IOException | RuntimeException ignored) {
            // only a leftover under target/
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        // a skip per test, so that the build's summary counts them as skipped, each with what to install
        Assumptions.assumeTrue(browser.found(), browser::missing);
    }

    /** What a test does in one service's Swagger UI, in a tab of its own. */
    interface InSwaggerUi {
        void run(SwaggerUi ui) throws Exception;
    }

    /**
     * Runs {@code steps} in the service's Swagger UI, in a browser no other test is using; a failing step
     * leaves a last FAILED screenshot.
     */
    private static void inSwaggerUi(String service, String scenario, InSwaggerUi steps) throws Exception {
        ChromeDriver driver = DRIVERS.take();
        try (SwaggerUi ui = SwaggerUi.open(driver, suite.url(service), service, screenshots.resolve(service), scenario)) {
            try {
                steps.run(ui);
            } catch (Exception | AssertionError e) {
                ui.failed();
                throw e;
            }
        } finally {
            DRIVERS.add(driver);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    @Execution(ExecutionMode.CONCURRENT)
    void authorisedTryItOutShowsTheSeedData(Call call) throws Exception {
        inSwaggerUi(call.service(), "authorised", ui -> {
            ui.screenshot("opened");
            ui.authorize(DevTokens.token("dfe-analyst"));
            ui.operation("GET", call.path()).tryItOut().parameters(call.parameters()).execute()
                    .assertShows(200, call.seedValues().toArray(String[]::new));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    @Execution(ExecutionMode.CONCURRENT)
    void withoutAuthorisingSwaggerUiShowsTheUnauthorisedProblem(Call call) throws Exception {
        inSwaggerUi(call.service(), "anonymous", ui -> {
            ui.screenshot("opened");
            SwaggerUi.Shown shown = ui.operation("GET", call.path()).tryItOut().parameters(call.parameters()).execute()
                    .assertShows(401, "\"type\": \"urn:problem-type:intervention:unauthorized\"", "\"status\": 401");
            assertTrue(shown.details().contains("application/problem+json"),
                    "the response headers Swagger UI shows name the problem media type: " + shown.details());
            for (String seedValue : call.seedValues()) {
                shown.assertDoesNotShow(seedValue);
            }
        });
    }

    /** The checks above can fail: what Swagger UI shows is compared, not merely found. */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aWrongExpectationAboutTheShownResponseFails() throws Exception {
        Call councils = calls().findFirst().orElseThrow();
        inSwaggerUi(councils.service(), "wrong-expectation", ui -> {
            ui.authorize(DevTokens.token("dfe-analyst"));
            SwaggerUi.Shown shown = ui.operation("GET", councils.path()).tryItOut().parameters(councils.parameters()).execute();
            shown.assertShows(200, STOKE_NAME);
            AssertionError wrongCouncil = assertThrows(AssertionError.class, () -> shown.assertShows(200, "Medway Council"));
            assertTrue(wrongCouncil.getMessage().contains("no 'Medway Council' in the response body"), wrongCouncil.getMessage());
            AssertionError wrongStatus = assertThrows(AssertionError.class, () -> shown.assertShows(401));
            assertTrue(wrongStatus.getMessage().contains("status 200 instead of 401"), wrongStatus.getMessage());
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir != null && Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
