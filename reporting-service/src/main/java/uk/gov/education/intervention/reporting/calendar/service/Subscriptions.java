package uk.gov.education.intervention.reporting.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.security.Caller;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.calendar.domain.FeedToken;
import uk.gov.education.intervention.reporting.calendar.repository.FeedTokenRepository;
import uk.gov.education.intervention.reporting.config.ReportingConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Calendar subscriptions: each one recorded and audited when issued, its signed token returned once
 * and never kept; served while neither expired nor revoked; revoked one at a time by whoever asked
 * for it or by a DfE administrator.
 */
@ApplicationScoped
public class Subscriptions {

    public static final String AUDIT_TYPE = "calendar-subscription";

    /** A subscription as issued, with its token. */
    public record Issued(FeedToken subscription, String token) {
    }

    /** What a valid feed token grants: its owner's name and the councils (null: all). */
    public record Grant(String subject, List<String> councils) {
    }

    @Inject
    FeedTokenRepository repository;

    @Inject
    FeedTokens tokens;

    @Inject
    FeedKeys keys;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    /** @param councils the councils the feed covers, as the caller may read them now; null for every council */
    @Transactional
    public Issued subscribe(List<String> councils) {
        Instant now = clock.instant();
        Instant expiry = now.plus(config.feed().tokenTtl());
        FeedToken t = FeedToken.issued(UUID.randomUUID(), owner(), caller.subject(), councils, keys.ring().current().id(), now, expiry);
        repository.persist(t);
        audit.record(AUDIT_TYPE, t.id.toString(), "issued", null, t.snapshot());
        return new Issued(t, tokens.sign(t.id, t.subject, now, expiry));
    }

    /** What the token grants, if it is well signed with a key still in use, and its subscription is neither expired nor revoked. */
    public Grant grant(String token) {
        FeedToken t = repository.findById(tokens.verify(token));
        if (t == null || !t.isValidAt(clock.instant())) {
            throw FeedTokens.invalid();
        }
        return new Grant(t.subject, t.councilList());
    }

    /**
     * Revokes one subscription: its URL stops working at once. Only its owner or a DfE administrator
     * may; to anyone else it does not exist. Revoking it again changes nothing.
     */
    @Transactional
    public FeedToken revoke(UUID id) {
        FeedToken t = repository.findById(id);
        if (t == null || !(t.owner.equals(owner()) || caller.hasRole(Roles.DFE_ADMIN))) {
            throw new NotFound(repository.noun(), id);
        }
        if (!t.isRevoked()) {
            FeedToken.Snapshot before = t.snapshot();
            t.revoke(caller.subject(), clock.instant());
            audit.record(AUDIT_TYPE, t.id.toString(), "revoked", before, t.snapshot());
        }
        return t;
    }

    private String owner() {
        return caller.issuer() + " " + caller.tokenSubject();
    }
}
