package uk.gov.education.intervention.e2e;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The system's Chromium and ChromeDriver (Debian's {@code chromium} and {@code chromium-driver}),
 * started headless on loopback with a fresh profile. Both paths are always given to Selenium, so
 * that Selenium Manager never runs: it would try to download a browser or driver, and this
 * machine's network is closed.
 *
 * <p>System properties: {@code browser.chromium} and {@code browser.chromedriver} name the two
 * executables (default: {@code chromium} and {@code chromedriver} on the PATH);
 * {@code browser.required=true} (CI) turns a missing browser into a failure instead of a skip.
 */
final class Chromium {

    static final String INSTALL_HINT = "The Swagger UI browser tests need Chromium and ChromeDriver. On Debian or Ubuntu: "
            + "`sudo apt-get install chromium chromium-driver`; elsewhere install both (same major version) and pass "
            + "-Dbrowser.chromium=/path/to/chromium -Dbrowser.chromedriver=/path/to/chromedriver.";

    /** As the machine notes give them: without the networking flags Chromium keeps calling out to a closed network. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,1000", "--lang=en-GB");

    final Path browser;
    final Path driver;

    private Chromium(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    /** What {@link #lookUp()} found: a browser, or why there is none and what to install. */
    record LookUp(Chromium chromium, String missing) {
        boolean found() {
            return chromium != null;
        }
    }

    /**
     * The browser to test with. When it is missing the answer says what to install, so that the
     * tests can be skipped with that message; with {@code -Dbrowser.required=true} a missing
     * browser throws instead, failing the tests.
     */
    static LookUp lookUp() {
        List<String> missing = new ArrayList<>();
        Optional<Path> browser = locate("browser.chromium", List.of("chromium", "chromium-browser", "google-chrome"), missing);
        Optional<Path> driver = locate("browser.chromedriver", List.of("chromedriver"), missing);
        if (browser.isPresent() && driver.isPresent()) {
            return new LookUp(new Chromium(browser.get(), driver.get()), null);
        }
        String message = "Swagger UI browser tests skipped: " + String.join("; ", missing) + ". " + INSTALL_HINT;
        if (Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException("browser.required=true, but " + String.join("; ", missing) + ". " + INSTALL_HINT);
        }
        System.err.println("[WARNING] " + message);
        return new LookUp(null, message);
    }

    private static Optional<Path> locate(String property, List<String> names, List<String> missing) {
        String named = System.getProperty(property, "").trim();
        if (!named.isEmpty()) {
            Path p = Path.of(named);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
            missing.add(property + "=" + named + " is not an executable file");
            return Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        missing.add("none of " + names + " is on the PATH (or set -D" + property + "=...)");
        return Optional.empty();
    }

    /** A new headless browser with an empty profile in {@code profile}, and ChromeDriver's log in {@code driverLog}. */
    ChromeDriver start(Path profile, Path driverLog) throws IOException {
        Files.createDirectories(profile);
        Files.createDirectories(driverLog.getParent());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withLogFile(driverLog.toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        return new ChromeDriver(service, options);
    }

    @Override
    public String toString() {
        return browser + " with " + driver;
    }
}
