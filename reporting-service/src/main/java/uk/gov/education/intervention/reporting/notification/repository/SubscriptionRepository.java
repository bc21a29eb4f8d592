package uk.gov.education.intervention.reporting.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSubscription;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;
import uk.gov.education.intervention.reporting.persistence.RecordsById;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements RecordsById<WebhookSubscription> {

    @Override
    public String noun() {
        return "Webhook subscription";
    }

    /** Up to {@code rows} subscriptions of an owner (null: everyone's) in the order made, after the cursor's (time, id). */
    public List<WebhookSubscription> page(String ownerIdentity, KeysetCursor<OffsetDateTime, UUID> after, int rows) {
        Filters f = new Filters();
        f.and("ownerIdentity = :owner", "owner", ownerIdentity);
        if (after != null) {
            f.and("(createdAt > :ka or (createdAt = :ka and id > :kid))", Map.of("ka", after.first(), "kid", after.second()));
        }
        return find(f.where() + " order by createdAt, id", f.params()).page(0, rows).list();
    }

    public long countOwnedBy(String ownerIdentity) {
        return count("ownerIdentity", ownerIdentity);
    }

    /** Active subscriptions to a due-item type that could cover a council: theirs, or of ORGANISATION scope. */
    public List<WebhookSubscription> activeFor(String typeWire) {
        return list("active = true and concat(',', eventTypes, ',') like ?1", "%," + typeWire + ",%");
    }
}
