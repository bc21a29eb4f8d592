package uk.gov.education.intervention.platform.feed;

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
 * The HMAC keys of a service's feed tokens: the current secret signs, and it and every previous
 * secret still listed verify. Each key's id ({@code kid} in a token's header) is derived from the key
 * and a label of the service's own, so that an operator rotates by moving secrets, never by naming
 * them, and a restart with the same secrets keeps every URL valid.
 */
public final class FeedKeyRing {

    /** The HMAC key's least length: 256 bits, as many as the hash gives (and as HS256 requires). */
    public static final int MIN_SECRET_BYTES = 32;

    /** A key and its id. */
    public record Key(String id, SecretKey secret) {
    }

    /**
     * Where a ring's secrets come from and what they are called, for the messages an operator reads.
     *
     * @param label         mixed into each key id (e.g. {@code calendar-feed-key}); a service's own
     * @param secretSetting the environment variable of the current secret
     * @param previousSetting the environment variable of the previous secrets
     */
    public record Settings(String label, String secretSetting, String previousSetting) {
    }

    private final Key current;
    private final Map<String, SecretKey> verifying;
    private final boolean random;

    private FeedKeyRing(Key current, Map<String, SecretKey> verifying, boolean random) {
        this.current = current;
        this.verifying = verifying;
        this.random = random;
    }

    /**
     * The ring of a current secret (blank or absent: a random key, which dies with the process) and
     * the previous secrets still listed. A secret shorter than {@link #MIN_SECRET_BYTES} is refused.
     */
    public static FeedKeyRing load(Settings settings, Optional<String> secret, List<String> previous) {
        byte[] signing = secret.filter(s -> !s.isBlank()).map(s -> checked(s, settings.secretSetting())).orElse(null);
        boolean random = signing == null;
        if (random) {
            signing = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(signing);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        Key signer = key(settings.label(), signing);
        keys.put(signer.id(), signer.secret());
        for (String p : previous == null ? List.<String>of() : previous) {
            if (p != null && !p.isBlank()) {
                Key k = key(settings.label(), checked(p, settings.previousSetting()));
                keys.putIfAbsent(k.id(), k.secret());
            }
        }
        return new FeedKeyRing(signer, Map.copyOf(keys), random);
    }

    /** The key that signs new tokens. */
    public Key current() {
        return current;
    }

    /** Whether the signing key was made at random (no secret set): its tokens die with the process. */
    public boolean isRandom() {
        return random;
    }

    /** The key with this id, if it still verifies tokens. */
    public Optional<SecretKey> verifying(String keyId) {
        return Optional.ofNullable(keyId == null ? null : verifying.get(keyId));
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

    /** The key with its id: "feed-" and the first 16 characters of the base64url SHA-256 of the label, ':' and the key. */
    public static Key key(String label, byte[] secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((label + ":").getBytes(StandardCharsets.US_ASCII));
            String id = "feed-" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest(secret)).substring(0, 16);
            return new Key(id, new SecretKeySpec(secret, "HmacSHA256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
