package uk.gov.education.intervention.devkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** The suite's checkout, found from the module a test runs in (Maven runs tests in the module's folder). */
final class Checkout {

    private Checkout() {
    }

    /** The nearest folder at or above the working directory that holds {@code deploy/contracts}. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("deploy").resolve("contracts"))) {
                return d;
            }
        }
        throw new IllegalStateException("no deploy/contracts folder at or above " + dir + ": run the tests from the suite's checkout");
    }
}
