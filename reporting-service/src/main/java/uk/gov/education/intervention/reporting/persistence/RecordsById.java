package uk.gov.education.intervention.reporting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.platform.domain.NotFound;

import java.util.UUID;

/**
 * A repository of records known by a UUID, which reads one or says that it does not exist. Each
 * repository names its records as a person reads them, e.g. "Board meeting".
 */
public interface RecordsById<E> extends PanacheRepositoryBase<E, UUID> {

    /** The record's name in a not-found detail. */
    String noun();

    default E require(UUID id) {
        E e = findById(id);
        if (e == null) {
            throw new NotFound(noun(), id);
        }
        return e;
    }

    /** As {@link #require}, locked against other writers until the transaction ends. */
    default E requireForUpdate(UUID id) {
        E e = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new NotFound(noun(), id);
        }
        return e;
    }
}
