package uk.gov.education.intervention.directions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "FeedSubscription", description = "A subscription URL of the Atom feed of directions. Give `feedUrl` to a feed reader "
        + "(\"add a feed\" or \"subscribe to a URL\"); it carries a signed, read-only token, so treat it like a password.")
public record FeedSubscriptionView(
        @Schema(description = "The subscription's id: DELETE /v1/directions/feed/subscriptions/{id} revokes it.") UUID id,
        @Schema(example = "https://directions.example.gov.uk/v1/directions/feed.atom?token=eyJraWQiOi...Q.k2mN...") String feedUrl,
        @Schema(description = "When the URL stops working (unless revoked before).") Instant expiresAt) {
}
