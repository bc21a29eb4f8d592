package uk.gov.education.intervention.reporting.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.notification.domain.WebhookDelivery;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "WebhookDelivery", description = "One event's delivery to a subscription, and how its attempts went.")
public record DeliveryView(
        UUID id,
        @Schema(description = "The webhook-id it is sent with: the same for every attempt and replay of the event.",
                example = "msg_2b1c0d3e4f5a46b7889900aabbccddee") String webhookId,
        @Schema(example = "submission.accepted") String eventType,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(description = "PENDING, DELIVERED (answered 2xx) or FAILED (its attempts ran out).", example = "DELIVERED") String status,
        int attempts,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime lastAttemptAt,
        @Schema(nullable = true, description = "The receiver's status at the last attempt.") Integer lastResponseStatus,
        @Schema(nullable = true, description = "Why the last attempt had no answer.") String lastError,
        @Schema(nullable = true) OffsetDateTime nextAttemptAt,
        @Schema(nullable = true) OffsetDateTime deliveredAt,
        @Schema(nullable = true, description = "The delivery this one replays.") UUID replayOf,
        @Schema(description = "The body sent, as signed.") String body) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.event.messageId(), d.event.type, d.event.councilGss, d.status.name(), d.attempts, d.createdAt,
                d.lastAttemptAt, d.lastResponseStatus, d.lastError, d.nextAttemptAt, d.deliveredAt, d.replayOf, d.event.body);
    }
}
