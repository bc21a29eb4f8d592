package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.OrganisationKind;
import uk.gov.education.intervention.platform.rest.Filters;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** Locked until the transaction ends, so that changes sent with the same ETag are checked one after another. */
    public Optional<Organisation> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The organisation that represents a council (a local authority), if one is recorded. */
    public Optional<Organisation> representing(Council council) {
        return find("council", council).firstResultOptional();
    }

    public Optional<Organisation> representing(String councilGss) {
        return find("council.gssCode", councilGss).firstResultOptional();
    }

    /** By name, case-insensitively, then id; {@code namePattern} is a LIKE pattern (see {@link NamePages}). */
    public List<Organisation> list(String namePattern, OrganisationKind kind, String councilGss, NamePages.After after, int fetchSize) {
        Filters f = new Filters()
                .and("lower(name) like :q", "q", namePattern)
                .and("kind = :kind", "kind", kind)
                .and("council.gssCode = :gss", "gss", councilGss);
        NamePages.after(f, "lower(name)", after);
        return find(f.where() + " order by lower(name), id", f.params()).page(0, fetchSize).list();
    }
}
