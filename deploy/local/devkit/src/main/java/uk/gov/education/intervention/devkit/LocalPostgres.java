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

    public static void main(String[] args) throws Exception {
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
        EmbeddedDatabase db;
        if (System.getenv(EmbeddedDatabase.ENV_URL) != null && !System.getenv(EmbeddedDatabase.ENV_URL).isBlank()) {
            db = EmbeddedDatabase.fromEnvironmentOrEmbedded();
        } else {
            if (dataDir != null) {
                Files.createDirectories(dataDir);
            }
            db = EmbeddedDatabase.embedded(dataDir, port, durable);
        }
        for (String name : databases) {
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
}
