package uk.gov.education.intervention.platform.feed;

import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * A service's {@link FeedKeyRing}, made from the service's own settings at first use and kept. Each
 * feed's bean names its {@link FeedKeyRing.Settings} and reads the secrets from its configuration,
 * and asks for the ring at start, so that a secret too short stops the start, not the first
 * subscription. With no secret set, the random key is announced once, as a warning.
 */
public abstract class ConfiguredFeedKeys {

    private FeedKeyRing ring;

    /** The label of this feed's key ids and the names of its settings. */
    protected abstract FeedKeyRing.Settings settings();

    /** The secret that signs, if set. */
    protected abstract Optional<String> secret();

    /** The secrets that signed before it and still verify, if any. */
    protected abstract Optional<List<String>> previousSecrets();

    /** The ring in use, made from the settings at first use (a secret too short is refused). */
    public synchronized FeedKeyRing ring() {
        if (ring == null) {
            FeedKeyRing.Settings settings = settings();
            ring = FeedKeyRing.load(settings, secret(), previousSecrets().orElse(List.of()));
            if (ring.isRandom()) {
                Logger.getLogger(getClass()).warn(settings.secretSetting()
                        + " is not set: this feed's subscription URLs will stop working when this instance restarts.");
            }
        }
        return ring;
    }
}
