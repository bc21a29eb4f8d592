package uk.gov.education.intervention.reporting.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A calendar subscription as issued: whose it is, which councils its feed covers, the key that
 * signed its token, and until when it is valid, unless revoked first. Its id is the token's
 * {@code jti}; the token itself is not kept.
 */
@Entity
@Table(name = "feed_token")
public class FeedToken {

    @Id
    public UUID id;

    /** The token issuer and subject of the person who asked for it: they, and DfE administrators, may revoke it. */
    @Column(nullable = false)
    public String owner;

    /** The caller's name as the audit records it. */
    @Column(nullable = false)
    public String subject;

    /** The councils covered, comma-separated; null: every council. */
    public String councils;

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
    public record Snapshot(String subject, List<String> councils, String keyId, OffsetDateTime issuedAt, OffsetDateTime expiresAt,
                           OffsetDateTime revokedAt, String revokedBy) {
    }

    public static FeedToken issued(UUID id, String owner, String subject, List<String> councils, String keyId, Instant at,
                                   Instant expiry) {
        FeedToken t = new FeedToken();
        t.id = id;
        t.owner = owner;
        t.subject = subject;
        t.councils = councils == null ? null : String.join(",", councils);
        t.keyId = keyId;
        t.issuedAt = at.atOffset(ZoneOffset.UTC);
        t.expiresAt = expiry.atOffset(ZoneOffset.UTC);
        return t;
    }

    /** The councils the feed covers; null for every council. */
    public List<String> councilList() {
        return councils == null ? null : Arrays.asList(councils.split(","));
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
        return new Snapshot(subject, councilList(), keyId, issuedAt, expiresAt, revokedAt, revokedBy);
    }
}
