package uk.gov.education.intervention.reporting.calendar.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.feed.ConfiguredFeedKeys;
import uk.gov.education.intervention.platform.feed.FeedKeyRing;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.util.List;
import java.util.Optional;

/**
 * The keys of calendar feed tokens ({@code reporting.feed.*}), as the platform's {@link FeedKeyRing}:
 * the current secret signs, and it and every previous secret still listed verify, each known by an id
 * derived from the key.
 */
@ApplicationScoped
public class FeedKeys extends ConfiguredFeedKeys {

    /** The label mixed into each key id: calendar key ids never match another feed's. */
    public static final FeedKeyRing.Settings SETTINGS =
            new FeedKeyRing.Settings("calendar-feed-key", "REPORTING_FEED_SECRET", "REPORTING_FEED_PREVIOUS_SECRETS");

    @Inject
    ReportingConfig config;

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
