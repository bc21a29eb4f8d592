package uk.gov.education.intervention.reporting.calendar.service;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;
import uk.gov.education.intervention.platform.domain.NotAuthenticated;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Calendar feed tokens: HS256 JWTs (built with SmallRye JWT, checked with jose4j, the library under
 * it) naming the subscription ({@code jti}), its owner ({@code sub}) and its expiry, with the id of
 * the key that signed them ({@code kid}, see {@link FeedKeys}). Their times are the service's clock.
 * A token that is not valid for any reason gets one and the same 401, which says nothing more.
 */
@ApplicationScoped
public class FeedTokens {

    static final String ISSUER = "reporting-service";
    /** Not the suite's audience: a feed token is never a bearer token, nor a bearer token a feed token. */
    static final String AUDIENCE = "calendar-feed";

    @Inject
    FeedKeys keys;

    @Inject
    Clock clock;

    /** The signed token of a subscription, with the current key. */
    public String sign(UUID subscription, String subject, Instant issuedAt, Instant expiry) {
        FeedKeys.Key key = keys.current();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("jti", subscription.toString())
                .issuedAt(issuedAt.getEpochSecond())
                .expiresAt(expiry.getEpochSecond())
                .jws().keyId(key.id()).algorithm(SignatureAlgorithm.HS256)
                .sign(key.secret());
    }

    /** The id of the subscription of a well-signed, unexpired token; otherwise the 401 of {@link #invalid()}. */
    public UUID verify(String token) {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> {
                    Optional<javax.crypto.SecretKey> key = keys.verifying(jws.getKeyIdHeaderValue());
                    if (key.isEmpty()) {
                        throw new UnresolvableKeyException("no such feed key");
                    }
                    return key.get();
                })
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(AUDIENCE)
                .setRequireSubject()
                .setRequireJwtId()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(0)
                .setEvaluationTime(NumericDate.fromSeconds(clock.instant().getEpochSecond()))
                .build();
        try {
            return UUID.fromString(consumer.processToClaims(token).getJwtId());
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** Every refusal of a feed token: unknown, altered, signed with a retired key, expired or revoked alike. */
    public static NotAuthenticated invalid() {
        return new NotAuthenticated("feed-token-invalid", "Feed token not valid",
                "This calendar subscription URL is not valid. Ask for a new one with POST /v1/calendar/subscriptions.");
    }
}
