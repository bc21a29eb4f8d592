package uk.gov.education.intervention.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The services' committed contracts and their history in git. */
final class CommittedContracts {

    static final List<String> SERVICES = List.of("councils-service", "directions-service", "reporting-service");

    static Path root() {
        return Path.of(System.getProperty("suite.root", "../..")).toAbsolutePath().normalize();
    }

    static String relativePath(String service) {
        return service + "/contract/openapi.json";
    }

    static String current(String service) throws IOException {
        return Files.readString(root().resolve(relativePath(service)), StandardCharsets.UTF_8);
    }

    /** Whether git and this checkout's history can be read. */
    static boolean historyAvailable() {
        try {
            return git("rev-parse", "--is-inside-work-tree").map(String::trim).filter("true"::equals).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The last committed version of the service's contract that differs from the current file:
     * the committed file itself when the working copy changed it, else the version before the
     * last commit that changed it. Empty when git knows no earlier version.
     */
    static Optional<Baseline> baseline(String service) throws IOException {
        String current = current(service);
        Optional<String> log = git("log", "--format=%H", "--", relativePath(service));
        if (log.isEmpty()) {
            return Optional.empty();
        }
        for (String commit : log.get().lines().filter(l -> !l.isBlank()).toList()) {
            Optional<String> text = git("show", commit + ":" + relativePath(service));
            if (text.isPresent() && !text.get().equals(current)) {
                return Optional.of(new Baseline(commit, text.get()));
            }
        }
        return Optional.empty();
    }

    record Baseline(String commit, String contract) {
    }

    private static Optional<String> git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private CommittedContracts() {
    }
}
