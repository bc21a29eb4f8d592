package uk.gov.education.intervention.councils.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * councils-service's own settings. Both default, in application.properties, to the suite-wide keys they follow
 * ({@code suite.seed.enabled}, {@code mp.jwt.verify.issuer}), so that those keep working as before.
 */
@ConfigMapping(prefix = "councils")
public interface CouncilsConfig {

    /** Whether the seed data is loaded at start (councils.seed-enabled). */
    @WithDefault("false")
    boolean seedEnabled();

    /** The token issuer the service trusts (councils.trusted-issuer); absent when none is configured. */
    Optional<String> trustedIssuer();
}
