package uk.gov.education.intervention.directions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** directions-service's own settings ({@code directions.*} in application.properties). */
@ConfigMapping(prefix = "directions")
public interface DirectionsConfig {

    Duties duties();

    Feed feed();

    interface Duties {
        /** Duties a page of the duties list holds when the client names no limit. */
        @WithDefault("1000")
        int defaultLimit();

        /** The largest page a client may ask for; the contract states 1000. */
        @WithDefault("1000")
        int maxLimit();
    }

    interface Feed {
        /**
         * The HMAC key that signs feed tokens of Atom subscription URLs (HS256 JWTs; its key id, derived
         * from it, is in each token's header). When unset a random key is made at start-up, so feed URLs
         * stop working when the service restarts.
         */
        Optional<String> secret();

        /**
         * Keys that signed feed tokens before {@link #secret()} replaced them: their tokens are still
         * accepted until the key is removed from this list. Rotation: move the current secret here and
         * set a new one; remove it once its tokens have expired (or to revoke them all).
         */
        Optional<List<String>> previousSecrets();

        /** How long a feed subscription URL stays valid. */
        @WithDefault("P90D")
        Duration tokenTtl();

        /** The public base URL for subscription links, e.g. https://directions.example.gov.uk. */
        Optional<String> publicBaseUrl();
    }
}
