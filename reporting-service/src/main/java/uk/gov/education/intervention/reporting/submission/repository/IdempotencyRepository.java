package uk.gov.education.intervention.reporting.submission.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import uk.gov.education.intervention.reporting.submission.domain.IdempotencyRecord;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    /**
     * Takes the advisory lock for the rest of this transaction, unless another transaction holds it. Sent on the
     * session's connection directly: as a native query it would flush the session and go through query planning
     * first, on every POST, for a statement that touches no table.
     */
    public boolean tryLock(long key) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, key);
                try (ResultSet claimed = lock.executeQuery()) {
                    return claimed.next() && claimed.getBoolean(1);
                }
            }
        });
    }

    public long deleteCreatedBefore(OffsetDateTime cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
