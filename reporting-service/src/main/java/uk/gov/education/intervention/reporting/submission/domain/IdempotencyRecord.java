package uk.gov.education.intervention.reporting.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An Idempotency-Key a caller has used: the hash of its request and, once done, the response. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    public static final String IN_FLIGHT = "IN_FLIGHT";
    public static final String COMPLETED = "COMPLETED";

    @Embeddable
    public record Key(@Column(name = "caller") String caller,
                      @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public String state;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "response_location")
    public String responseLocation;

    @Column(name = "response_etag")
    public String responseEtag;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
}
