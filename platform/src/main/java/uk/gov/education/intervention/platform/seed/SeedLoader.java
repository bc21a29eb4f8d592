package uk.gov.education.intervention.platform.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Loads a service's seed data after its Flyway migrations, when {@code suite.seed.enabled} is
 * true (the local stack and tests; never by default in production). The scripts must be
 * idempotent: they run at every start. Flyway's own locations are fixed when the application is
 * built, which is why seeding is switched here, at run time.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @ConfigProperty(name = "suite.seed.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "suite.seed.scripts", defaultValue = "db/seed/seed-data.sql")
    List<String> scripts;

    @Inject
    DataSource dataSource;

    void onStart(@Observes StartupEvent event) throws SQLException, IOException {
        if (!enabled) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String script : scripts) {
                    s.execute(read(script));
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        LOG.infof("Seed data loaded from %s", scripts);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("seed script " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
