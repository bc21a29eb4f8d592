package uk.gov.education.intervention.reporting.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import uk.gov.education.intervention.reporting.notification.domain.WebhookDelivery;
import uk.gov.education.intervention.reporting.notification.domain.WebhookEvent;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSubscription;
import uk.gov.education.intervention.reporting.persistence.KeysetCursor;
import uk.gov.education.intervention.reporting.persistence.RecordsById;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements RecordsById<WebhookDelivery> {

    @Override
    public String noun() {
        return "Delivery";
    }

    /**
     * Makes a pending delivery of the event for each active subscription to its type that covers its council
     * (of that council, or of ORGANISATION scope), once per subscription; {@code onlyTo} (null: all) narrows
     * them to the given subscriptions. Returns how many were made.
     */
    public int fanOut(WebhookEvent e, List<UUID> onlyTo, OffsetDateTime now) {
        if (onlyTo != null && onlyTo.isEmpty()) {
            return 0;
        }
        // the event's row (which the deliveries refer to) must be in the database first; the statement then goes on the
        // session's connection as it is, without a native query's planning on every event
        getEntityManager().flush();
        String sql = "INSERT INTO webhook_delivery (id, subscription_id, event_id, status, attempts, next_attempt_at, created_at) "
                + "SELECT gen_random_uuid(), s.id, ?, 'PENDING', 0, ?, ? FROM webhook_subscription s "
                + "WHERE s.active AND position(',' || ? || ',' in ',' || s.event_types || ',') > 0 "
                + "AND (s.scope = 'ORGANISATION' OR s.council_gss = ?)"
                + (onlyTo == null ? "" : " AND s.id = ANY (?)")
                + " ON CONFLICT (subscription_id, event_id) WHERE replay_of IS NULL DO NOTHING";
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setObject(1, e.id);
                insert.setObject(2, now);
                insert.setObject(3, now);
                insert.setString(4, e.type);
                insert.setString(5, e.councilGss);
                if (onlyTo != null) {
                    insert.setArray(6, connection.createArrayOf("uuid", onlyTo.toArray()));
                }
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Up to {@code rows} deliveries due by {@code now} of active subscriptions, locked; rows another
     * dispatcher holds are skipped, so that no two send the same delivery at once.
     */
    @SuppressWarnings("unchecked")
    public List<WebhookDelivery> lockDue(OffsetDateTime now, int rows) {
        List<UUID> ids = getEntityManager().createNativeQuery("SELECT d.id FROM webhook_delivery d "
                        + "JOIN webhook_subscription s ON s.id = d.subscription_id AND s.active "
                        + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1 ORDER BY d.next_attempt_at, d.id LIMIT ?2 "
                        + "FOR UPDATE OF d SKIP LOCKED", UUID.class)
                .setParameter(1, now).setParameter(2, rows).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("select d from WebhookDelivery d join fetch d.subscription join fetch d.event where d.id in ?1 "
                + "order by d.nextAttemptAt, d.id", ids).list();
    }

    /**
     * Up to {@code rows} of a subscription's deliveries in the order made, after the cursor's (time, id): those
     * whose owner's access was confirmed at an attempt (an event it may not read is never shown, not even pending).
     */
    public List<WebhookDelivery> page(WebhookSubscription s, KeysetCursor<OffsetDateTime, UUID> after, int rows) {
        if (after == null) {
            return find("select d from WebhookDelivery d join fetch d.event where d.subscription = ?1 and d.cleared = true "
                    + "order by d.createdAt, d.id", s)
                    .page(0, rows).list();
        }
        return find("select d from WebhookDelivery d join fetch d.event where d.subscription = ?1 and d.cleared = true "
                + "and (d.createdAt > ?2 "
                + "or (d.createdAt = ?2 and d.id > ?3)) order by d.createdAt, d.id", s, after.first(), after.second()).page(0, rows).list();
    }

    /** A subscription's delivery its log shows, or null. */
    public WebhookDelivery of(WebhookSubscription s, UUID id) {
        return find("select d from WebhookDelivery d join fetch d.event where d.subscription = ?1 and d.id = ?2 and d.cleared = true",
                s, id).firstResult();
    }

    /** The subscriptions among these that have a delivery of the event. */
    public List<UUID> subscriptionsHaving(UUID eventId) {
        return getEntityManager().createQuery("select d.subscription.id from WebhookDelivery d where d.event.id = :e", UUID.class)
                .setParameter("e", eventId).getResultList();
    }
}
