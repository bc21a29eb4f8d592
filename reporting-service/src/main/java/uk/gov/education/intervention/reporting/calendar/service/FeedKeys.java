package uk.gov.education.intervention.reporting.calendar.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of calendar feed tokens ({@code reporting.feed.*}): the current secret signs, and it and
 * every previous secret still listed verify. Each key's id ({@code kid} in a token's header) is
 * derived from the key, so that an operator rotates by moving secrets, never by naming them, and a
 * restart with the same secrets keeps every URL valid.
 */
@ApplicationScoped
public class FeedKeys {

    private static final Logger LOG = Logger.getLogger(FeedKeys.class);

    /** The HMAC key's least length: 256 bits, as many as the hash gives (and as HS256 requires). */
    static final int MIN_SECRET_BYTES = 32;

    /** A key and its id. */
    public record Key(String id, SecretKey secret) {
    }

    @Inject
    ReportingConfig config;

    private Key current;
    private Map<String, SecretKey> verifying;

    void onStart(@Observes StartupEvent event) {
        current();
    }

    /** The key that signs new tokens. */
    public synchronized Key current() {
        if (current == null) {
            load();
        }
        return current;
    }

    /** The key with this id, if it still verifies tokens. */
    public synchronized Optional<SecretKey> verifying(String keyId) {
        if (current == null) {
            load();
        }
        return Optional.ofNullable(keyId == null ? null : verifying.get(keyId));
    }

    private void load() {
        byte[] signing = config.feed().secret().filter(s -> !s.isBlank())
                .map(s -> checked(s, "REPORTING_FEED_SECRET")).orElse(null);
        if (signing == null) {
            signing = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(signing);
            LOG.warn("REPORTING_FEED_SECRET is not set: calendar subscription URLs will stop working when this instance restarts.");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        Key signer = key(signing);
        keys.put(signer.id(), signer.secret());
        for (String previous : config.feed().previousSecrets().orElse(List.of())) {
            if (!previous.isBlank()) {
                Key k = key(checked(previous, "REPORTING_FEED_PREVIOUS_SECRETS"));
                keys.putIfAbsent(k.id(), k.secret());
            }
        }
        current = signer;
        verifying = Map.copyOf(keys);
    }

    private static byte[] checked(String secret, String setting) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            // a short key can be guessed offline from a single leaked subscription URL
            throw new IllegalStateException("Each key in " + setting + " must be at least " + MIN_SECRET_BYTES
                    + " bytes (e.g. openssl rand -base64 32); one is " + bytes.length + ".");
        }
        return bytes;
    }

    /** The key with its id: the first 16 characters of the base64url SHA-256 of a label and the key. */
    public static Key key(byte[] secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("calendar-feed-key:".getBytes(StandardCharsets.US_ASCII));
            String id = "feed-" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest(secret)).substring(0, 16);
            return new Key(id, new SecretKeySpec(secret, "HmacSHA256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
