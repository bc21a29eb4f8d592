package uk.gov.education.intervention.reporting.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.notification.domain.WebhookEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<WebhookEvent, UUID> {

    /**
     * Records an event found by a scan, unless one with its once-key is already recorded (by this scan's
     * earlier run or another replica's); returns whether it was recorded now.
     */
    public boolean recordOnce(WebhookEvent e) {
        return getEntityManager().createNativeQuery("INSERT INTO webhook_event (id, type, council_gss, owed_by, body, occurred_at, once_key) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (once_key) DO NOTHING")
                .setParameter(1, e.id).setParameter(2, e.type).setParameter(3, e.councilGss).setParameter(4, e.owedBy)
                .setParameter(5, e.body).setParameter(6, e.occurredAt).setParameter(7, e.onceKey)
                .executeUpdate() == 1;
    }

    /** Whether any event with a once-key starting so has been recorded. */
    public boolean anyKeyed(String prefix) {
        return count("onceKey like ?1", prefix + "%") > 0;
    }

    /** The once-keys among these that are recorded. */
    public List<String> keysRecorded(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select e.onceKey from WebhookEvent e where e.onceKey in :keys", String.class)
                .setParameter("keys", keys).getResultList();
    }

    public OffsetDateTime occurredAt(UUID id) {
        return findById(id).occurredAt;
    }
}
