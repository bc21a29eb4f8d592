package uk.gov.education.intervention.reporting.calendar.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.platform.feed.FeedKeyRing;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The keys of calendar feed tokens ({@code reporting.feed.*}), as the platform's {@link FeedKeyRing}:
 * the current secret signs, and it and every previous secret still listed verify, each known by an id
 * derived from the key.
 */
@ApplicationScoped
public class FeedKeys {

    private static final Logger LOG = Logger.getLogger(FeedKeys.class);

    /** The label mixed into each key id: calendar key ids never match another feed's. */
    static final FeedKeyRing.Settings SETTINGS =
            new FeedKeyRing.Settings("calendar-feed-key", "REPORTING_FEED_SECRET", "REPORTING_FEED_PREVIOUS_SECRETS");

    @Inject
    ReportingConfig config;

    private FeedKeyRing ring;

    void onStart(@Observes StartupEvent event) {
        ring();
    }

    /** The ring in use, made from the settings at first use. */
    public synchronized FeedKeyRing ring() {
        if (ring == null) {
            ring = FeedKeyRing.load(SETTINGS, config.feed().secret(), config.feed().previousSecrets().orElse(List.of()));
            if (ring.isRandom()) {
                LOG.warn("REPORTING_FEED_SECRET is not set: calendar subscription URLs will stop working when this instance restarts.");
            }
        }
        return ring;
    }

    /** The key that signs new tokens. */
    public FeedKeyRing.Key current() {
        return ring().current();
    }

    /** The key with this id, if it still verifies tokens. */
    public Optional<SecretKey> verifying(String keyId) {
        return ring().verifying(keyId);
    }

    /** A calendar key with its id. */
    public static FeedKeyRing.Key key(byte[] secret) {
        return FeedKeyRing.key(SETTINGS.label(), secret);
    }
}
