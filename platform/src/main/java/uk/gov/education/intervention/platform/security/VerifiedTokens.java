package uk.gov.education.intervention.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer tokens this service has verified, kept so that a caller sending the same token again is not
 * verified again: an RS256 signature check is the largest part of a small read's work. A token is kept for
 * {@link #KEPT_FOR} at most and never past its own {@code exp}, so an expired token is refused as before;
 * a token that failed is never kept, and a changed byte is a different key. At most {@link #MAX_TOKENS} are
 * kept (then the whole set starts again). Only {@link #parse(String)}, the bearer check, is cached; every
 * other call goes straight to SmallRye JWT's parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    static final int MAX_TOKENS = 10_000;

    private record Verified(JsonWebToken token, Instant until) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    DefaultJWTParser parser;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return parse(token, Instant.now());
    }

    /** The bearer check at the instant {@code now}. */
    JsonWebToken parse(String token, Instant now) throws ParseException {
        Verified kept = verified.get(token);
        if (kept != null && now.isBefore(kept.until())) {
            return kept.token();
        }
        JsonWebToken fresh = parser.parse(token);
        keep(token, fresh, now);
        return fresh;
    }

    private void keep(String raw, JsonWebToken token, Instant now) {
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        Instant until = now.plus(KEPT_FOR);
        if (token.getExpirationTime() > 0) {
            Instant expiry = Instant.ofEpochSecond(token.getExpirationTime());
            if (expiry.isBefore(until)) {
                until = expiry;
            }
        }
        verified.put(raw, new Verified(token, until));
    }

    int size() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
