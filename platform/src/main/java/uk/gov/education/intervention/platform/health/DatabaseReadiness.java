package uk.gov.education.intervention.platform.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Readiness: the service's database answers. The answer is a name and a status only: why a
 * connection failed (a host name, a driver's message) goes to the log, never into the probe's
 * body. It replaces the datasource extension's own check, which puts the exception's message
 * there ({@code quarkus.datasource.health.enabled=false} in each service).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    private static final int VALIDATION_SECONDS = 3;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicBoolean lastUp = new AtomicBoolean(true);

    @Override
    public HealthCheckResponse call() {
        boolean up;
        String why = null;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(VALIDATION_SECONDS);
            if (!up) {
                why = "the connection did not validate within " + VALIDATION_SECONDS + " s";
            }
        } catch (Exception e) {
            up = false;
            why = e.getClass().getName() + ": " + e.getMessage();
        }
        if (lastUp.getAndSet(up) != up) {
            if (up) {
                LOG.info("Readiness: the database answers again");
            } else {
                LOG.warnf("Readiness: the database does not answer (%s)", why);
            }
        }
        return HealthCheckResponse.named(NAME).status(up).build();
    }
}
