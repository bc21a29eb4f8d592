package uk.gov.education.intervention.reporting.submission.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.reporting.submission.domain.IdempotencyRecord;

import java.time.OffsetDateTime;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    /** Takes the advisory lock for the rest of this transaction, unless another transaction holds it. */
    public boolean tryLock(long key) {
        Boolean claimed = (Boolean) getEntityManager().createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key).getSingleResult();
        return Boolean.TRUE.equals(claimed);
    }

    public long deleteCreatedBefore(OffsetDateTime cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
