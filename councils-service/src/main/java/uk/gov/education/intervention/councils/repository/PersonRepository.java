package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.platform.rest.Filters;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Locked until the transaction ends, so that changes sent with the same ETag are checked one after another. */
    public Optional<Person> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** By full name, case-insensitively, then id; {@code namePattern} is a LIKE pattern (see {@link NamePages}). */
    public List<Person> list(String namePattern, UUID organisationId, NamePages.After after, int fetchSize) {
        Filters f = new Filters()
                .and("lower(fullName) like :q", "q", namePattern)
                .and("organisation.id = :org", "org", organisationId);
        NamePages.after(f, "lower(fullName)", after);
        return find(f.where() + " order by lower(fullName), id", f.params()).page(0, fetchSize).list();
    }
}
