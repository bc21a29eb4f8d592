package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.councils.domain.PersonIdentity;
import uk.gov.education.intervention.councils.repository.PersonIdentityRepository;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.NotFound;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Links between people and the token identities they sign in with. One identity is linked to at
 * most one person at a time; links are ended, never deleted, and each change is audited.
 */
@ApplicationScoped
public class IdentityService {

    public static final String AUDIT_TYPE = "person-identity";

    @Inject
    PersonIdentityRepository identities;

    @Inject
    PartyService parties;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A token identity to link: the issuer and subject its tokens carry, and why. */
    public record Link(String issuer, String subject, String notes) {
    }

    public PersonIdentity require(UUID personId, UUID id) {
        PersonIdentity link = identities.findById(id);
        if (link == null || !link.person.id.equals(personId)) {
            throw new NotFound("Identity", personId + "/" + id);
        }
        return link;
    }

    private record After(OffsetDateTime linkedAt, UUID id) {
    }

    public List<PersonIdentity> list(UUID personId, Slice slice) {
        parties.requirePerson(personId);
        After after = slice.after(k -> new After(OffsetDateTime.parse(k.get(0)), UUID.fromString(k.get(1))));
        return identities.list(personId, after == null ? null : after.linkedAt(), after == null ? null : after.id(), slice.fetchSize());
    }

    @Transactional
    public PersonIdentity link(UUID personId, Link l) {
        Person person = parties.requirePerson(personId);
        PersonIdentity.requireLinkable(person);
        String issuer = l.issuer().strip();
        String subject = l.subject().strip();
        identities.lockIdentity(issuer, subject);
        identities.active(issuer, subject).ifPresent(other -> {
            throw new Conflict("identity-linked", "This identity is already linked to "
                    + (other.person.id.equals(personId) ? "this person" : "another person (" + other.person.id + ")")
                    + " by link " + other.id + "; end that link first.");
        });
        PersonIdentity link = PersonIdentity.link(person, issuer, subject, OffsetDateTime.now(clock), l.notes());
        identities.persistAndFlush(link);
        audit.record(AUDIT_TYPE, link.id.toString(), "linked", null, link.snapshot());
        return link;
    }

    @Transactional
    public PersonIdentity end(UUID personId, UUID id, ExpectedVersion expected, String reason) {
        PersonIdentity link = require(personId, id);
        expected.check(link.version);
        PersonIdentity.Snapshot before = link.snapshot();
        link.end(OffsetDateTime.now(clock), reason);
        identities.flush();
        audit.record(AUDIT_TYPE, link.id.toString(), "ended", before, link.snapshot());
        return link;
    }
}
