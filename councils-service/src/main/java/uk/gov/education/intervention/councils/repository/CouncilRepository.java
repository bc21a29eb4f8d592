package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.councils.domain.Council;

import java.util.Optional;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, Long> {

    public Optional<Council> findByGss(String gssCode) {
        return find("gssCode", gssCode).firstResultOptional();
    }

    /** Locks the council row: appointments for one council are checked and written one at a time. */
    public Optional<Council> lockByGss(String gssCode) {
        return find("gssCode", gssCode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
