package uk.gov.education.intervention.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/jvm/train.sh, the startup cache's training run, with a stand-in for the service: a shell that reports a
 * Quarkus-like start and then waits, noting a SIGTERM in the log. The script must stop it once started, and only then.
 */
class TrainScriptTest {

    private static final String SERVICE = "trap 'echo stopped by TERM; exit 0' TERM; sleep 1; echo before the start;"
            + " echo 'INFO [io.quarkus] (main) stand-in 1.0 on JVM started in 1.234s. Listening on: http://127.0.0.1:1';"
            + " while :; do sleep 0.1; done";

    @Test
    void theRunIsStoppedOnceItReportsItsStartAndNotBefore(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("training.log");
        // what an earlier run left: the log must hold this run's output alone
        Files.writeString(log, "INFO [io.quarkus] (main) earlier run started in 2.000s.\n");
        assertEquals(0, train(log));
        String written = Files.readString(log);
        assertTrue(written.startsWith("before the start\n"), "the run was stopped before it reported its start, or the earlier log was kept: " + written);
        assertTrue(written.contains("started in 1.234s") && written.endsWith("stopped by TERM\n"),
                "the run was not stopped with SIGTERM once started: " + written);
    }

    private static int train(Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", DeployPaths.deploy().resolve("jvm/train.sh").toString(), log.toString(),
                "sh", "-c", SERVICE).redirectErrorStream(true).start();
        // a guard against a script that never returns, not a measure of its speed
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "train.sh did not return");
        return p.exitValue();
    }
}
