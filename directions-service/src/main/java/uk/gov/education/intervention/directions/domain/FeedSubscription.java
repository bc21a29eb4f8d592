package uk.gov.education.intervention.directions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A subscription to the Atom feed of directions as issued: whose it is, the key that signed its
 * token, and until when it is valid, unless revoked first. Its id is the token's {@code jti}; the
 * token itself is not kept.
 */
@Entity
@Table(name = "feed_subscription")
public class FeedSubscription {

    @Id
    public UUID id;

    /** The token issuer and subject of the person who asked for it: they, and DfE administrators, may revoke it. */
    @Column(nullable = false)
    public String owner;

    /** The caller's name as the audit records it. */
    @Column(nullable = false)
    public String subject;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    /** What the audit log keeps of a subscription (never the token). */
    public record Snapshot(String subject, String keyId, OffsetDateTime issuedAt, OffsetDateTime expiresAt,
                           OffsetDateTime revokedAt, String revokedBy) {
    }

    public static FeedSubscription issued(UUID id, String owner, String subject, String keyId, Instant at, Instant expiry) {
        FeedSubscription s = new FeedSubscription();
        s.id = id;
        s.owner = owner;
        s.subject = subject;
        s.keyId = keyId;
        s.issuedAt = at.atOffset(ZoneOffset.UTC);
        s.expiresAt = expiry.atOffset(ZoneOffset.UTC);
        return s;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether its feed may be served at that moment: not revoked, not expired. */
    public boolean isValidAt(Instant at) {
        return !isRevoked() && at.isBefore(expiresAt.toInstant());
    }

    /** Revokes it; a second revocation changes nothing (the first is the one recorded). */
    public void revoke(String by, Instant at) {
        if (isRevoked()) {
            return;
        }
        revokedAt = at.atOffset(ZoneOffset.UTC);
        revokedBy = by;
    }

    public Snapshot snapshot() {
        return new Snapshot(subject, keyId, issuedAt, expiresAt, revokedAt, revokedBy);
    }
}
