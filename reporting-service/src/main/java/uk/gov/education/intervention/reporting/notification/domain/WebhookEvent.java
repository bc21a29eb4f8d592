package uk.gov.education.intervention.reporting.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Something that happened, as the body its webhooks carry (signed byte for byte as stored). */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    public UUID id;

    /** The wire name of its {@link EventType}. */
    @Column(nullable = false)
    public String type;

    @Column(name = "council_gss", nullable = false)
    public String councilGss;

    /** For an event about a due item: the roles its duty is owed by, comma-separated. */
    @Column(name = "owed_by")
    public String owedBy;

    @Column(nullable = false)
    public String body;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    /** Set for events a scan finds, so that each is recorded once. */
    @Column(name = "once_key")
    public String onceKey;

    /** The {@code webhook-id}: the same for every attempt and replay of this event. */
    public String messageId() {
        return "msg_" + id.toString().replace("-", "");
    }

    public EventType eventType() {
        return EventType.of(type).orElseThrow();
    }

    public List<String> owedByRoles() {
        return owedBy == null || owedBy.isEmpty() ? List.of() : List.of(owedBy.split(","));
    }
}
