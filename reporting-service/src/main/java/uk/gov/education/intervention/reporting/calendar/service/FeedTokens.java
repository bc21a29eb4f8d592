package uk.gov.education.intervention.reporting.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.NotAuthenticated;
import uk.gov.education.intervention.platform.feed.FeedTokenCodec;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Calendar feed tokens: the platform's {@link FeedTokenCodec} (HS256 JWTs naming the subscription,
 * its owner, its expiry and the key that signed them) with the calendar's issuer and audience. Their
 * times are the service's clock. A token that is not valid for any reason gets one and the same 401,
 * which says nothing more.
 */
@ApplicationScoped
public class FeedTokens {

    static final String ISSUER = "reporting-service";
    /** Not the suite's audience, nor another feed's: a calendar token is a token of this feed only. */
    static final String AUDIENCE = "calendar-feed";

    @Inject
    FeedKeys keys;

    @Inject
    Clock clock;

    private FeedTokenCodec codec() {
        return new FeedTokenCodec(ISSUER, AUDIENCE, keys::ring);
    }

    /** The signed token of a subscription, with the current key. */
    public String sign(UUID subscription, String subject, Instant issuedAt, Instant expiry) {
        return codec().sign(subscription, subject, issuedAt, expiry);
    }

    /** The id of the subscription of a well-signed, unexpired token; otherwise the 401 of {@link #invalid()}. */
    public UUID verify(String token) {
        return codec().verify(token, clock.instant()).orElseThrow(FeedTokens::invalid);
    }

    /** Every refusal of a feed token: unknown, altered, signed with a retired key, expired or revoked alike. */
    public static NotAuthenticated invalid() {
        return new NotAuthenticated("feed-token-invalid", "Feed token not valid",
                "This calendar subscription URL is not valid. Ask for a new one with POST /v1/calendar/subscriptions.");
    }
}
