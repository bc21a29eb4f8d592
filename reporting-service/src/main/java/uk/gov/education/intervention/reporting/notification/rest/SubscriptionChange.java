package uk.gov.education.intervention.reporting.notification.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.notification.domain.EventType;
import uk.gov.education.intervention.reporting.notification.domain.TargetUrl;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSubscription;

import java.util.List;

@Schema(name = "WebhookSubscriptionChange", description = "A subscription as it is to be (its scope and council stay as made); "
        + "an inactive one is sent nothing, and its deliveries wait.")
public record SubscriptionChange(
        @NotBlank @Size(max = TargetUrl.MAX_LENGTH) @Schema(required = true, example = "https://hooks.stoke.gov.uk/intervention")
        String url,
        @NotEmpty @Size(max = 9) @Schema(description = "The events to send: " + EventType.NAMES + ".", required = true,
                example = "[\"submission.accepted\"]")
        List<@NotNull @Pattern(regexp = SubscriptionRequest.TYPES, message = "must be one of " + EventType.NAMES) String> eventTypes,
        @Min(1) @Max(WebhookSubscription.MAX_DUE_IN_DAYS) @Schema(description = "With due-item.due-soon only (1 to 90).", example = "14")
        Integer dueInDays,
        @Size(max = WebhookSubscription.MAX_DESCRIPTION) String description,
        @NotNull @Schema(required = true, example = "true") Boolean active) {

    WebhookSubscription.Terms terms(WebhookSubscription current) {
        return new WebhookSubscription.Terms(current.scope, current.councilGss, url, SubscriptionRequest.types(eventTypes), dueInDays,
                description, active);
    }
}
