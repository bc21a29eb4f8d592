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
import uk.gov.education.intervention.reporting.rest.Gss;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Schema(name = "WebhookSubscriptionRequest", description = "A webhook subscription to make: where to send which events, about one "
        + "council (COUNCIL) or every council its owner may read (ORGANISATION).")
public record SubscriptionRequest(
        @NotNull @Pattern(regexp = "COUNCIL|ORGANISATION", message = "must be COUNCIL or ORGANISATION")
        @Schema(description = "COUNCIL (one council's events) or ORGANISATION (every council the owner may read, "
                + "decided at each delivery).", required = true, example = "COUNCIL")
        String scope,
        @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) @Schema(description = "The council, for COUNCIL scope only.",
                example = "E06000021")
        String councilGssCode,
        @NotBlank @Size(max = TargetUrl.MAX_LENGTH) @Schema(description = "An http or https URL; in production never a loopback, "
                + "private or local address.", required = true, example = "https://hooks.stoke.gov.uk/intervention")
        String url,
        @NotEmpty @Size(max = 9) @Schema(description = "The events to send: " + EventType.NAMES + ".", required = true,
                example = "[\"submission.accepted\",\"due-item.due-soon\"]")
        List<@NotNull @Pattern(regexp = SubscriptionRequest.TYPES, message = "must be one of " + EventType.NAMES) String> eventTypes,
        @Min(1) @Max(WebhookSubscription.MAX_DUE_IN_DAYS) @Schema(description = "With due-item.due-soon only: how many days before an "
                + "item's due date to tell (1 to 90).", example = "14")
        Integer dueInDays,
        @Size(max = WebhookSubscription.MAX_DESCRIPTION) @Schema(description = "What it is for.", example = "Stoke-on-Trent's reporting team")
        String description) {

    static final String TYPES = "due-item\\.due-soon|due-item\\.overdue|submission\\.received|submission\\.returned|submission\\.accepted"
            + "|review-finding\\.recorded|review-finding\\.corrected|direction\\.issued|direction\\.revoked";

    static Set<EventType> types(List<String> wire) {
        Set<EventType> out = new LinkedHashSet<>();
        wire.forEach(w -> out.add(EventType.of(w).orElseThrow()));
        return out;
    }

    WebhookSubscription.Terms terms() {
        return new WebhookSubscription.Terms(WebhookSubscription.Scope.valueOf(scope), councilGssCode, url, types(eventTypes), dueInDays, description, true);
    }
}
