package uk.gov.education.intervention.platform.downstream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How this service gets the bearer token it sends to the other services
 * ({@code suite.service-token.*}; see {@link ServiceTokenProvider}).
 */
@ConfigMapping(prefix = "suite.service-token")
public interface ServiceTokenConfig {

    /** Whether this service calls others with a token of its own (its settings are then checked at start). */
    @WithDefault("false")
    boolean enabled();

    /** The identity provider's client-credentials grant: how a production deployment gets its tokens. */
    ClientCredentials clientCredentials();

    /** A bearer token to send as is (e.g. one issued to this service by the identity provider). */
    Optional<String> value();

    /** Location (file path or classpath resource) of a PKCS#8 PEM key to mint short-lived tokens. */
    Optional<String> signingKey();

    @WithDefault("https://dev-only.intervention.invalid")
    String issuer();

    @WithDefault("intervention-suite")
    String audience();

    @WithDefault("dfe-analyst")
    String role();

    /** The subject of a minted token, and this service's name to the identity provider. */
    @WithDefault("${quarkus.application.name}")
    String subject();

    @WithDefault("PT10M")
    Duration ttl();

    interface ClientCredentials {
        /** The issuer's token endpoint; when set, tokens come from the client-credentials grant. */
        Optional<String> tokenUrl();

        Optional<String> clientId();

        Optional<String> clientSecret();

        /** Scopes to ask for, if the issuer needs them to grant the read-only role. */
        Optional<List<String>> scopes();
    }
}
