package uk.gov.education.intervention.platform.rest;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/**
 * The web origins from which browsers may call the API ({@code quarkus.http.cors.origins}, which each
 * service reads from {@code CORS_ORIGINS}). A wildcard would let any web page use a signed-in
 * user's browser to read the API, so in production every origin must be named: the service
 * refuses to start when one of them contains {@code *}. Development and tests may use one.
 */
@ApplicationScoped
public class CorsPolicy {

    public static final String ORIGINS_PROPERTY = "quarkus.http.cors.origins";

    void onStart(@Observes @Priority(1) StartupEvent event) {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        List<String> origins = config.getOptionalValues(ORIGINS_PROPERTY, String.class).orElse(List.of());
        boolean production = LaunchMode.current() == LaunchMode.NORMAL || config.getProfiles().contains("prod");
        check(origins, production);
    }

    /**
     * Refuses, in production, any origin that is or contains {@code *} (a wildcard, or a pattern
     * that matches more than the origins it names).
     *
     * @throws IllegalStateException naming the origin and the setting to change
     */
    public static void check(List<String> origins, boolean production) {
        if (!production) {
            return;
        }
        for (String origin : origins) {
            if (origin.contains("*")) {
                throw new IllegalStateException("CORS_ORIGINS (" + ORIGINS_PROPERTY + ") contains '" + origin
                        + "': in production each allowed origin must be named in full, e.g. "
                        + "https://frontend.example.gov.uk, never '*'. The service does not start.");
            }
        }
    }
}
