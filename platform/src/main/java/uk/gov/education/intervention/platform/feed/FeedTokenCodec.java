package uk.gov.education.intervention.platform.feed;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.SecretKey;

/**
 * Feed tokens: HS256 JWTs (built with SmallRye JWT, checked with jose4j, the library under it) naming
 * a recorded subscription ({@code jti}), its owner ({@code sub}) and its expiry, with the id of the
 * key that signed them ({@code kid}, see {@link FeedKeyRing}). The audience is the feed's own and
 * never the suite's: a feed token is not a bearer token, nor a bearer token a feed token, and each
 * service's feed names a different one, so that one feed's token opens no other.
 */
public final class FeedTokenCodec {

    private final String issuer;
    private final String audience;
    private final Supplier<FeedKeyRing> keys;

    /** @param keys the ring in use, asked at each sign and verify (a service may load it lazily) */
    public FeedTokenCodec(String issuer, String audience, Supplier<FeedKeyRing> keys) {
        this.issuer = issuer;
        this.audience = audience;
        this.keys = keys;
    }

    /** The signed token of a subscription, with the current key. */
    public String sign(UUID subscription, String subject, Instant issuedAt, Instant expiry) {
        FeedKeyRing.Key key = keys.get().current();
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(subject)
                .claim("jti", subscription.toString())
                .issuedAt(issuedAt.getEpochSecond())
                .expiresAt(expiry.getEpochSecond())
                .jws().keyId(key.id()).algorithm(SignatureAlgorithm.HS256)
                .sign(key.secret());
    }

    /**
     * The subscription of a token well signed with a key of the ring, of this issuer and audience, and
     * unexpired at {@code now}; empty for any other token, whatever is wrong with it.
     */
    public Optional<UUID> verify(String token, Instant now) {
        FeedKeyRing ring = keys.get();
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> {
                    Optional<SecretKey> key = ring.verifying(jws.getKeyIdHeaderValue());
                    if (key.isEmpty()) {
                        throw new UnresolvableKeyException("no such feed key");
                    }
                    return key.get();
                })
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audience)
                .setRequireSubject()
                .setRequireJwtId()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(0)
                .setEvaluationTime(NumericDate.fromSeconds(now.getEpochSecond()))
                .build();
        try {
            return Optional.of(UUID.fromString(consumer.processToClaims(token).getJwtId()));
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
