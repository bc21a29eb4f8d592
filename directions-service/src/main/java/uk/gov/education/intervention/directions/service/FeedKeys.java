package uk.gov.education.intervention.directions.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.directions.config.DirectionsConfig;
import uk.gov.education.intervention.platform.feed.FeedKeyRing;

import java.util.List;

/**
 * The keys of the Atom feed's tokens ({@code directions.feed.*}), as the platform's {@link FeedKeyRing}:
 * the current secret signs, and it and every previous secret still listed verify.
 */
@ApplicationScoped
public class FeedKeys {

    private static final Logger LOG = Logger.getLogger(FeedKeys.class);

    /** The label mixed into each key id: this feed's key ids never match the calendar's. */
    public static final FeedKeyRing.Settings SETTINGS =
            new FeedKeyRing.Settings("directions-feed-key", "DIRECTIONS_FEED_SECRET", "DIRECTIONS_FEED_PREVIOUS_SECRETS");

    @Inject
    DirectionsConfig config;

    private FeedKeyRing ring;

    void onStart(@Observes StartupEvent event) {
        ring();
    }

    /** The ring in use, made from the settings at first use (a secret too short stops the start). */
    public synchronized FeedKeyRing ring() {
        if (ring == null) {
            ring = FeedKeyRing.load(SETTINGS, config.feed().secret(), config.feed().previousSecrets().orElse(List.of()));
            if (ring.isRandom()) {
                LOG.warn("DIRECTIONS_FEED_SECRET is not set: feed subscription URLs will stop working when this instance restarts.");
            }
        }
        return ring;
    }
}
