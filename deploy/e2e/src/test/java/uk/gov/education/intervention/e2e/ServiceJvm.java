package uk.gov.education.intervention.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The java each service runs on here, and its startup cache, as deploy/jvm/jvm.sh gives them to run.sh
 * and the images: Java 25 when installed, with the ahead-of-time cache made beside the packaged service
 * (all three at once, the first time a test asks after a build; run.sh then finds them made). A start
 * with the cache takes about a third less CPU. The tests keep their own heap and {@link RunningSuite#JVM_OPTIONS}.
 */
final class ServiceJvm {

    private static final List<String> SERVICES = List.of("councils-service", "directions-service", "reporting-service");
    private static Map<String, List<String>> commands;

    private ServiceJvm() {
    }

    /** The java binary and the startup-cache option (when there is a cache) for {@code service}. */
    static synchronized List<String> command(Path root, String service) throws IOException, InterruptedException {
        if (commands == null) {
            commands = ask(root);
        }
        List<String> command = commands.get(service);
        if (command == null) {
            throw new IllegalArgumentException("no such service: " + service);
        }
        return command;
    }

    private static Map<String, List<String>> ask(Path root) throws IOException, InterruptedException {
        // one line with the java, then per service a line "--<service>" and its arguments, one a line
        String script = ". deploy/jvm/jvm.sh && suite_startup_caches \"$@\" && suite_java"
                + " && for s in \"$@\"; do echo \"--$s\"; suite_jvm_args \"$s\"; done";
        List<String> call = new ArrayList<>(List.of("bash", "-c", script, "jvm.sh"));
        call.addAll(SERVICES);
        ProcessBuilder pb = new ProcessBuilder(call).directory(root.toFile())
                .redirectError(root.resolve("deploy/e2e/target/service-jvm.log").toFile());
        // the caches are made with the options the services then run with here, as run.sh's are in LocalStackScriptTest
        pb.environment().put("JDK_JAVA_OPTIONS", String.join(" ", RunningSuite.JVM_OPTIONS));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("deploy/jvm/jvm.sh gave no java for the services: " + out
                    + "; see deploy/e2e/target/service-jvm.log");
        }
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        Map<String, List<String>> result = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("--") && SERVICES.contains(line.substring(2))) {
                current = new ArrayList<>(List.of(lines.get(0)));
                result.put(line.substring(2), current);
            } else if (current != null && line.matches("-XX:(AOTCache|SharedArchiveFile)=.*")) {
                current.add(line);
            }
        }
        return result;
    }
}
