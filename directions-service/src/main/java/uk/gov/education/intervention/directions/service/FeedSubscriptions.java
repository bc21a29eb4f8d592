package uk.gov.education.intervention.directions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.directions.config.DirectionsConfig;
import uk.gov.education.intervention.directions.domain.FeedSubscription;
import uk.gov.education.intervention.directions.repository.FeedSubscriptionRepository;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.NotAuthenticated;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.feed.FeedTokenCodec;
import uk.gov.education.intervention.platform.security.Caller;
import uk.gov.education.intervention.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Subscriptions to the Atom feed of directions: each issued with a signed feed token (the platform's
 * {@link FeedTokenCodec}, with this feed's own issuer and audience), recorded and audited, and
 * revocable on its own by whoever asked for it or by a DfE administrator.
 */
@ApplicationScoped
public class FeedSubscriptions {

    public static final String AUDIT_TYPE = "feed-subscription";
    static final String ISSUER = "directions-service";
    /** Not the suite's audience, nor the calendar's: a token of this feed opens nothing else. */
    static final String AUDIENCE = "directions-feed";

    /** A subscription as issued, with its token. */
    public record Issued(FeedSubscription subscription, String token) {
    }

    @Inject
    FeedSubscriptionRepository repository;

    @Inject
    FeedKeys keys;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    DirectionsConfig config;

    @Inject
    Clock clock;

    private FeedTokenCodec codec() {
        return new FeedTokenCodec(ISSUER, AUDIENCE, keys::ring);
    }

    @Transactional
    public Issued subscribe() {
        // whole seconds, as the token states its times: the record and the token agree
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiry = now.plus(config.feed().tokenTtl());
        FeedSubscription s = FeedSubscription.issued(UUID.randomUUID(), owner(), caller.subject(), keys.ring().current().id(), now, expiry);
        repository.persist(s);
        audit.record(AUDIT_TYPE, s.id.toString(), "issued", null, s.snapshot());
        return new Issued(s, codec().sign(s.id, s.subject, now, expiry));
    }

    /**
     * Accepts a feed token well signed with a key still in use whose subscription is neither expired
     * nor revoked; any other gets the one 401 of {@link #invalid()}.
     */
    public void check(String token) {
        Instant now = clock.instant();
        FeedSubscription s = codec().verify(token, now).map(repository::findById).orElse(null);
        if (s == null || !s.isValidAt(now)) {
            throw invalid();
        }
    }

    /**
     * Revokes one subscription: its URL stops working at once. Only its owner or a DfE administrator
     * may; to anyone else it does not exist. Revoking it again changes nothing.
     */
    @Transactional
    public FeedSubscription revoke(UUID id) {
        FeedSubscription s = repository.findById(id);
        if (s == null || !(s.owner.equals(owner()) || caller.hasRole(Roles.DFE_ADMIN))) {
            throw new NotFound(FeedSubscriptionRepository.NOUN, id);
        }
        if (!s.isRevoked()) {
            FeedSubscription.Snapshot before = s.snapshot();
            s.revoke(caller.subject(), clock.instant());
            audit.record(AUDIT_TYPE, s.id.toString(), "revoked", before, s.snapshot());
        }
        return s;
    }

    /** Every refusal of a feed token: unknown, altered, signed with a retired key, another feed's, expired or revoked alike. */
    public static NotAuthenticated invalid() {
        return new NotAuthenticated("feed-token-invalid", "Feed token not valid",
                "This feed subscription URL is not valid. Ask for a new one with POST /v1/directions/feed/subscriptions.");
    }

    private String owner() {
        return caller.issuer() + " " + caller.tokenSubject();
    }
}
