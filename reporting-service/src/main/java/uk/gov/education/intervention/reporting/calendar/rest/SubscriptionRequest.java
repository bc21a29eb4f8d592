package uk.gov.education.intervention.reporting.calendar.rest;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.rest.Gss;

@Schema(name = "SubscriptionRequest", description = "Which calendar to subscribe to: one council, or (left out) every council you reach.")
public record SubscriptionRequest(
        @Pattern(regexp = Gss.PATTERN, message = Gss.MESSAGE) @Schema(example = "E06000021", nullable = true) String councilGssCode) {
}
