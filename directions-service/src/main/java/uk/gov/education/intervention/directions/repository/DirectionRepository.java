package uk.gov.education.intervention.directions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.directions.domain.Direction;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DirectionRepository implements PanacheRepositoryBase<Direction, Long> {

    public Optional<Direction> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /**
     * Locks every direction of the council, in reference order, for the rest of the transaction: issuing
     * decides which of them is in force, so two issues for one council must not interleave.
     */
    public List<Direction> lockCouncil(String gssCode) {
        return find("councilGssCode = ?1 order by reference", gssCode).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Locks the direction's row for the rest of the transaction: issuing and revoking change two directions at once. */
    public Optional<Direction> lockByReference(String reference) {
        return find("reference", reference).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
