package uk.gov.education.intervention.devkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's database: {@code java -jar devkit-runner.jar --data-dir DIR --port N [--durable] db1 db2 ...}.
 * Starts an embedded PostgreSQL on loopback (or uses {@code SUITE_DB_URL}), creates the databases,
 * prints {@code READY jdbc:postgresql://...} and runs until it is stopped (SIGTERM or Ctrl-C).
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    /** The command line: where the data lives, the port, whether commits are durable, the databases. */
    private record Options(Path dataDir, int port, boolean durable, List<String> databases) {

        static Options parse(String[] args) {
            Path dataDir = null;
            int port = 0;
            boolean durable = false;
            List<String> databases = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data-dir" -> dataDir = Path.of(args[++i]);
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--durable" -> durable = true;
                    default -> databases.add(args[i]);
                }
            }
            return new Options(dataDir, port, durable, databases);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        EmbeddedDatabase db = open(options);
        for (String name : options.databases()) {
            db.ensureDatabase(name);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("Stopping PostgreSQL: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("READY " + db.jdbcUrl(""));
        System.out.flush();
        if (!db.isEmbedded()) {
            return;
        }
        stopped.await();
    }

    private static EmbeddedDatabase open(Options options) throws Exception {
        String url = System.getenv(EmbeddedDatabase.ENV_URL);
        if (url != null && !url.isBlank()) {
            return EmbeddedDatabase.fromEnvironmentOrEmbedded();
        }
        if (options.dataDir() != null) {
            Files.createDirectories(options.dataDir());
        }
        return EmbeddedDatabase.embedded(options.dataDir(), options.port(), options.durable());
    }
}
