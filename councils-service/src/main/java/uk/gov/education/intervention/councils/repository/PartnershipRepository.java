package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.councils.domain.Partnership;
import uk.gov.education.intervention.councils.domain.PartnershipStatus;
import uk.gov.education.intervention.platform.rest.Filters;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    /** Locked until the transaction ends, so that changes sent with the same ETag are checked one after another. */
    public Optional<Partnership> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** In id order after {@code afterId}; every filter is optional. */
    public List<Partnership> list(String councilGss, PartnershipStatus status, UUID afterId, int fetchSize) {
        Filters f = new Filters()
                .and("council.gssCode = :gss", "gss", councilGss)
                .and("status = :status", "status", status)
                .and("id > :after", "after", afterId);
        return find(f.where() + " order by id", f.params()).page(0, fetchSize).list();
    }
}
