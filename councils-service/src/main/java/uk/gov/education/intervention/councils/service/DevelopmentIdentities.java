package uk.gov.education.intervention.councils.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.councils.config.CouncilsConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Links the development token identities (deploy/local/token.sh) to the seed Commissioner, after
 * the seed data is loaded, and only when the trusted issuer is the development one: they are not
 * statutory facts, so the production seed never holds them, and an issuer other than the
 * development one could never present them anyway.
 */
@ApplicationScoped
public class DevelopmentIdentities {

    /** The issuer of deploy/local/token.sh's tokens, trusted only by the local stack and tests. */
    public static final String DEVELOPMENT_ISSUER = "https://dev-only.intervention.invalid";
    static final String SCRIPT = "db/dev/dev-identities.sql";

    private static final Logger LOG = Logger.getLogger(DevelopmentIdentities.class);

    @Inject
    CouncilsConfig config;

    @Inject
    DataSource dataSource;

    /** Only with the seed data, and only where the development issuer is the one trusted. */
    public static boolean applies(boolean seedEnabled, Optional<String> trustedIssuer) {
        return seedEnabled && trustedIssuer.map(DEVELOPMENT_ISSUER::equals).orElse(false);
    }

    /** After the seed data (SeedLoader observes at the default priority), which names the person linked. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) throws SQLException, IOException {
        if (!applies(config.seedEnabled(), config.trustedIssuer())) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException(SCRIPT + " is not on the classpath");
            }
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        LOG.infof("Development token identities linked (%s): the trusted issuer is the development one", SCRIPT);
    }
}
