package uk.gov.education.intervention.reporting.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event's delivery to one subscription: pending until the receiver answers 2xx (delivered) or the
 * attempts run out (failed). Its record of attempts is the subscription's delivery log.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final int MAX_ERROR = 500;

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    public WebhookSubscription subscription;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public WebhookEvent event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "last_response_status")
    public Integer lastResponseStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "replay_of")
    public UUID replayOf;

    /** The owner's access to the event was confirmed at an attempt; until then the log does not show it. */
    @Column(nullable = false)
    public boolean cleared;

    @Version
    public long version;

    /** A replay of this delivery's event, due now. */
    public WebhookDelivery replay(UUID newId, OffsetDateTime now) {
        WebhookDelivery d = new WebhookDelivery();
        d.id = newId;
        d.subscription = subscription;
        d.event = event;
        d.status = Status.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        d.replayOf = id;
        d.cleared = cleared;
        return d;
    }

    /** Taken by a dispatcher: one more attempt, and nobody else's until the lease runs out. */
    public void claim(OffsetDateTime now, Duration lease) {
        attempts++;
        lastAttemptAt = now;
        nextAttemptAt = now.plus(lease);
    }

    /** The attempt's answer: a 2xx delivers it; anything else is tried again after the backoff, or given up. */
    public void attempted(boolean accessConfirmed, Integer responseStatus, String error, OffsetDateTime now, Backoff backoff) {
        cleared = cleared || accessConfirmed;
        lastResponseStatus = responseStatus;
        lastError = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (responseStatus != null && responseStatus / 100 == 2) {
            status = Status.DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
        } else if (backoff.triesAgainAfter(attempts)) {
            nextAttemptAt = now.plus(backoff.delayAfter(attempts));
        } else {
            status = Status.FAILED;
            nextAttemptAt = null;
        }
    }
}
