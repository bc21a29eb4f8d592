package uk.gov.education.intervention.reporting.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.notification.domain.EventType;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSubscription;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "WebhookSubscription", description = "A webhook subscription. Its secret is in the answer to its creation and to a "
        + "rotation only.")
public record SubscriptionView(
        UUID id,
        @Schema(example = "COUNCIL") String scope,
        @Schema(nullable = true, example = "E06000021") String councilGssCode,
        String url,
        List<String> eventTypes,
        @Schema(nullable = true) Integer dueInDays,
        @Schema(nullable = true) String description,
        boolean active,
        String createdBy,
        OffsetDateTime createdAt,
        @Schema(nullable = true, description = "Until when the secret replaced by the last rotation still signs, beside the new one.")
        OffsetDateTime previousSecretExpiresAt,
        @Schema(nullable = true, description = "The signing secret (whsec_ and base64): shown once, when made or rotated.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

    static SubscriptionView of(WebhookSubscription s) {
        return of(s, null);
    }

    static SubscriptionView of(WebhookSubscription s, String secret) {
        return new SubscriptionView(s.id, s.scope.name(), s.councilGss, s.url, s.types().stream().map(EventType::wire).toList(),
                s.dueInDays, s.description, s.active, s.ownerName, s.createdAt, s.previousSecretUntil, secret);
    }
}
