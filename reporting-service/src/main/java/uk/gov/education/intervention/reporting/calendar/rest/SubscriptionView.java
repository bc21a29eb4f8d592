package uk.gov.education.intervention.reporting.calendar.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Subscription", description = "A calendar subscription URL. Give `feedUrl` to a calendar app (\"subscribe to a "
        + "calendar from the web\"); it carries a signed, read-only token, so treat it like a password.")
public record SubscriptionView(
        @Schema(description = "The subscription's id: DELETE /v1/calendar/subscriptions/{id} revokes it.") UUID id,
        @Schema(example = "https://reporting.example.gov.uk/v1/calendar/due-items.ics?token=eyJzdWIiOi...Q.k2mN...") String feedUrl,
        @Schema(description = "The same URL with webcal:, which many calendar apps open directly.") String webcalUrl,
        Instant expiresAt,
        @Schema(description = "The councils the feed covers; absent for all councils.", nullable = true) List<String> councils) {
}
