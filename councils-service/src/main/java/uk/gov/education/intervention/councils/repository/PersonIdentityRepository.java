package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.councils.domain.PersonIdentity;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonIdentityRepository implements PanacheRepositoryBase<PersonIdentity, UUID> {

    /** The link in force for this issuer and subject, if any (at most one: a unique index says so). */
    public Optional<PersonIdentity> active(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2 and endedAt is null", issuer, subject).firstResultOptional();
    }

    /**
     * Holds, until the transaction ends, a lock on this issuer and subject, so that two links of one identity are
     * made one at a time and cannot both pass the check that none is in force.
     */
    public void lockIdentity(String issuer, String subject) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "person-identity:" + issuer + " " + subject).getSingleResult();
    }

    /** A person's links in the order they were made, after the one made at {@code afterLinkedAt} with {@code afterId}. */
    public List<PersonIdentity> list(UUID personId, OffsetDateTime afterLinkedAt, UUID afterId, int fetchSize) {
        String where = "person.id = :person";
        Map<String, Object> params = new HashMap<>(Map.of("person", personId));
        if (afterLinkedAt != null) {
            params.put("kt", afterLinkedAt);
            params.put("kid", afterId);
            where += " and (linkedAt > :kt or (linkedAt = :kt and id > :kid))";
        }
        return find(where + " order by linkedAt, id", params).page(0, fetchSize).list();
    }
}
