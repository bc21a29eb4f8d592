package uk.gov.education.intervention.directions.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.education.intervention.directions.config.DirectionsConfig;
import uk.gov.education.intervention.platform.feed.ConfiguredFeedKeys;
import uk.gov.education.intervention.platform.feed.FeedKeyRing;

import java.util.List;
import java.util.Optional;

/**
 * The keys of the Atom feed's tokens ({@code directions.feed.*}), as the platform's {@link FeedKeyRing}:
 * the current secret signs, and it and every previous secret still listed verify.
 */
@ApplicationScoped
public class FeedKeys extends ConfiguredFeedKeys {

    /** The label mixed into each key id: this feed's key ids never match the calendar's. */
    public static final FeedKeyRing.Settings SETTINGS =
            new FeedKeyRing.Settings("directions-feed-key", "DIRECTIONS_FEED_SECRET", "DIRECTIONS_FEED_PREVIOUS_SECRETS");

    @Inject
    DirectionsConfig config;

    void onStart(@Observes StartupEvent event) {
        ring();
    }

    @Override
    protected FeedKeyRing.Settings settings() {
        return SETTINGS;
    }

    @Override
    protected Optional<String> secret() {
        return config.feed().secret();
    }

    @Override
    protected Optional<List<String>> previousSecrets() {
        return config.feed().previousSecrets();
    }
}
