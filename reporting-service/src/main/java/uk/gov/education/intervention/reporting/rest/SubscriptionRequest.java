package uk.gov.education.intervention.reporting.rest;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionRequest", description = "Which calendar to subscribe to: one council, or (left out) every council you reach.")
public record SubscriptionRequest(
        @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) @Schema(example = "E06000021", nullable = true) String councilGssCode) {
}
