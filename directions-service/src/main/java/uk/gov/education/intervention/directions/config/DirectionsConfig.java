package uk.gov.education.intervention.directions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** directions-service's own settings ({@code directions.*} in application.properties). */
@ConfigMapping(prefix = "directions")
public interface DirectionsConfig {

    Duties duties();

    interface Duties {
        /** Duties a page of the duties list holds when the client names no limit. */
        @WithDefault("1000")
        int defaultLimit();

        /** The largest page a client may ask for; the contract states 1000. */
        @WithDefault("1000")
        int maxLimit();
    }
}
