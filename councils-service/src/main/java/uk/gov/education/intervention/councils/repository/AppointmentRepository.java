package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Hibernate;
import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.platform.rest.Filters;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID> {

    /** Which appointments a list holds; every filter is optional. */
    public record Filter(String councilGss, String roleCode, UUID personId, UUID organisationId, LocalDate activeOn) {
    }

    /** The sort key of the last appointment a page showed. */
    public record After(LocalDate countsFrom, UUID id) {
    }

    /** Locked until the transaction ends, so that changes sent with the same ETag are checked one after another. */
    public Optional<Appointment> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** In order of the day each counts from, then id. */
    public List<Appointment> list(Filter q, After after, int fetchSize) {
        Filters f = new Filters()
                .and("council.gssCode = :gss", "gss", q.councilGss())
                .and("role.code = :role", "role", q.roleCode())
                .and("person.id = :person", "person", q.personId())
                .and("organisation.id = :org", "org", q.organisationId())
                .and("countsFrom <= :on and (endsOn is null or endsOn >= :on)", "on", q.activeOn());
        if (after != null) {
            f.and("(countsFrom > :ks or (countsFrom = :ks and id > :kid))", Map.of("ks", after.countsFrom(), "kid", after.id()));
        }
        return find(f.where() + " order by countsFrom, id", f.params()).page(0, fetchSize).list();
    }

    /** The id of the appointment that followed each of {@code ids}, where one did. */
    public Map<UUID, UUID> successorsOf(Collection<UUID> ids) {
        Map<UUID, UUID> successors = new HashMap<>();
        if (ids.isEmpty()) {
            return successors;
        }
        find("previous.id in :ids", Parameters.with("ids", ids)).list()
                .forEach(next -> successors.put(next.previous.id, next.id));
        return successors;
    }

    /** The other appointments of {@code a}'s holder to its role and council, leaving out {@code ignoring}. */
    public List<Appointment> sameHolderRoleAndCouncil(Appointment a, UUID ignoring) {
        Filters f = new Filters()
                .and("role = :role", "role", a.role)
                .and(a.council == null ? "council is null" : "council = :council", a.council == null ? Map.of() : Map.of("council", a.council))
                .and(a.person != null ? "person = :holder" : "organisation = :holder", "holder", a.person != null ? a.person : a.organisation)
                .and("id <> :ignoring", "ignoring", ignoring);
        return find(f.where(), f.params()).list();
    }

    /**
     * The appointments in force on {@code on} held by the person or the organisation (either may be absent), for
     * {@code council} or for no council (every council when it is absent), with their role and council loaded.
     */
    public List<Appointment> heldOn(LocalDate on, Person person, Organisation organisation, Council council, int max) {
        StringBuilder jpql = new StringBuilder("select a from Appointment a join fetch a.role left join fetch a.council c "
                + "where a.countsFrom <= :on and (a.endsOn is null or a.endsOn >= :on) and (");
        Map<String, Object> params = new HashMap<>();
        params.put("on", on);
        if (person != null) {
            jpql.append("a.person = :person");
            params.put("person", person);
        }
        if (organisation != null) {
            jpql.append(person != null ? " or " : "").append("a.organisation = :organisation");
            params.put("organisation", organisation);
        }
        jpql.append(')');
        if (council != null) {
            jpql.append(" and (c = :council or c is null)");
            params.put("council", council);
        }
        jpql.append(" order by c.gssCode nulls first, a.role.position, a.countsFrom, a.id");
        var query = getEntityManager().createQuery(jpql.toString(), Appointment.class).setMaxResults(max);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The codes of every role anyone holds for {@code council} on {@code on}. */
    public List<String> filledRoles(Council council, LocalDate on) {
        return getEntityManager().createQuery("select distinct a.role.code from Appointment a where a.council = :council "
                        + "and a.countsFrom <= :on and (a.endsOn is null or a.endsOn >= :on) order by a.role.code", String.class)
                .setParameter("council", council).setParameter("on", on).getResultList();
    }

    /** Loads the role, council and holder, so that the appointment can be read once its transaction has ended. */
    public Appointment loaded(Appointment a) {
        Hibernate.initialize(a.role);
        Hibernate.initialize(a.council);
        Hibernate.initialize(a.person);
        Hibernate.initialize(a.organisation);
        return a;
    }
}
