package uk.gov.education.intervention.councils.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.education.intervention.councils.domain.PersonIdentity;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonIdentityRepository implements PanacheRepositoryBase<PersonIdentity, UUID> {

    /** The link in force for this issuer and subject, if any (at most one: a unique index says so). */
    public Optional<PersonIdentity> active(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2 and endedAt is null", issuer, subject).firstResultOptional();
    }
}
