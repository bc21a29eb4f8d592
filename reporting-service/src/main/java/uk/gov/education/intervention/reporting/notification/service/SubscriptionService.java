package uk.gov.education.intervention.reporting.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.security.Roles;
import uk.gov.education.intervention.reporting.access.service.AccessPolicy;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.notification.domain.TargetUrl;
import uk.gov.education.intervention.reporting.notification.domain.WebhookDelivery;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSubscription;
import uk.gov.education.intervention.reporting.notification.repository.DeliveryRepository;
import uk.gov.education.intervention.reporting.notification.repository.SubscriptionRepository;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Webhook subscriptions and their delivery logs. A subscription, its log and its secret are its owner's
 * (the token identity that made it) and dfe-admin's: to anyone else it does not exist (404, the same answer
 * as for an id nobody holds).
 */
@ApplicationScoped
public class SubscriptionService {

    public static final String AUDIT_TYPE = "webhook-subscription";

    /** A subscription with the secret that was just made for it, shown this once. */
    public record WithSecret(WebhookSubscription subscription, String secret) {
    }

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    @Transactional
    public WithSecret create(WebhookSubscription.Terms terms) {
        if (terms.scope() == WebhookSubscription.Scope.COUNCIL) {
            if (terms.council() == null) {
                throw new InvalidInput("councilGssCode", "is needed for a subscription of COUNCIL scope");
            }
            access.requireAny(terms.council());
        } else if (terms.council() != null) {
            throw new InvalidInput("councilGssCode", "is only for a subscription of COUNCIL scope");
        }
        requireReachable(terms.url());
        String identity = identity();
        int max = config.webhooks().maxPerOwner();
        if (subscriptions.countOwnedBy(identity) >= max) {
            throw new RuleViolation("webhook-subscription-limit", "Too many webhook subscriptions",
                    "You hold " + max + " webhook subscriptions, the most one identity may; delete one first.");
        }
        var caller = access.caller();
        Set<String> roles = new LinkedHashSet<>();
        for (String r : List.of(Roles.DFE_ADMIN, Roles.DFE_ANALYST, Roles.COMMISSIONER, Roles.COUNCIL_REPORTER)) {
            if (caller.hasRole(r)) {
                roles.add(r);
            }
        }
        var owner = new WebhookSubscription.Owner(identity, caller.issuer(), caller.tokenSubject(), caller.subject(), roles,
                caller.organisation().orElse(null));
        WebhookSubscription s = WebhookSubscription.made(UUID.randomUUID(), owner, terms, OffsetDateTime.now(clock));
        subscriptions.persistAndFlush(s);
        audit.record(AUDIT_TYPE, s.id.toString(), "created", null, s.snapshot());
        return new WithSecret(s, s.secret);
    }

    public WebhookSubscription get(UUID id) {
        return owned(id);
    }

    /** Up to {@code rows} of the caller's subscriptions (dfe-admin: everyone's) in the order made, after the cursor key. */
    public List<WebhookSubscription> list(List<String> after, int rows) {
        KeysetCursor<OffsetDateTime, UUID> cursor = KeysetCursor.read(after, OffsetDateTime::parse, UUID::fromString);
        return subscriptions.page(admin() ? null : identity(), cursor, rows);
    }

    @Transactional
    public WebhookSubscription change(UUID id, ExpectedVersion expected, WebhookSubscription.Terms terms) {
        WebhookSubscription s = ownedForUpdate(id);
        expected.check(s.version);
        if (!terms.url().equals(s.url)) {
            requireReachable(terms.url());
        }
        WebhookSubscription.Snapshot before = s.snapshot();
        s.change(terms);
        subscriptions.flush();
        audit.record(AUDIT_TYPE, s.id.toString(), "changed", before, s.snapshot());
        return s;
    }

    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        WebhookSubscription s = ownedForUpdate(id);
        expected.check(s.version);
        audit.record(AUDIT_TYPE, s.id.toString(), "deleted", s.snapshot(), null);
        subscriptions.delete(s);
    }

    /** A new secret; the previous one still signs, beside it, for {@code reporting.webhooks.rotation-overlap}. */
    @Transactional
    public WithSecret rotate(UUID id, ExpectedVersion expected) {
        WebhookSubscription s = ownedForUpdate(id);
        expected.check(s.version);
        WebhookSubscription.Snapshot before = s.snapshot();
        String secret = s.rotate(OffsetDateTime.now(clock), config.webhooks().rotationOverlap());
        subscriptions.flush();
        audit.record(AUDIT_TYPE, s.id.toString(), "secret-rotated", before, s.snapshot());
        return new WithSecret(s, secret);
    }

    /** Up to {@code rows} of a subscription's deliveries in the order made, after the cursor key. */
    public List<WebhookDelivery> deliveries(UUID id, List<String> after, int rows) {
        WebhookSubscription s = owned(id);
        KeysetCursor<OffsetDateTime, UUID> cursor = KeysetCursor.read(after, OffsetDateTime::parse, UUID::fromString);
        return deliveries.page(s, cursor, rows);
    }

    /** Sends a delivery's event again, as a new delivery due now (the same {@code webhook-id}). */
    @Transactional
    public WebhookDelivery replay(UUID id, UUID deliveryId) {
        WebhookSubscription s = owned(id);
        WebhookDelivery d = deliveries.of(s, deliveryId);
        if (d == null) {
            throw new NotFound("Delivery", deliveryId);
        }
        WebhookDelivery again = d.replay(UUID.randomUUID(), OffsetDateTime.now(clock));
        deliveries.persistAndFlush(again);
        audit.record(AUDIT_TYPE, s.id.toString(), "replay-requested", null, new Replay(d.id, again.id, d.event.messageId()));
        return again;
    }

    /** What the history records of a replay. */
    public record Replay(UUID delivery, UUID replay, String webhookId) {
    }

    private void requireReachable(String url) {
        URI uri = TargetUrl.parse(url);
        String refusal;
        try {
            refusal = TargetUrl.refusal(Arrays.asList(InetAddress.getAllByName(uri.getHost())), config.webhooks().allowPrivateTargets());
        } catch (UnknownHostException e) {
            refusal = "its host does not resolve";
        }
        if (refusal != null) {
            throw new InvalidInput("url", "cannot be sent to: " + refusal);
        }
    }

    private WebhookSubscription owned(UUID id) {
        WebhookSubscription s = subscriptions.findById(id);
        return mine(s, id);
    }

    private WebhookSubscription ownedForUpdate(UUID id) {
        WebhookSubscription s = subscriptions.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return mine(s, id);
    }

    private WebhookSubscription mine(WebhookSubscription s, UUID id) {
        if (s == null || !(admin() || s.ownerIdentity.equals(identity()))) {
            throw new NotFound(subscriptions.noun(), id);
        }
        return s;
    }

    private boolean admin() {
        return access.caller().hasRole(Roles.DFE_ADMIN);
    }

    private String identity() {
        return access.caller().issuer() + " " + access.caller().tokenSubject();
    }
}
