package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.councils.domain.PersonIdentity;
import uk.gov.education.intervention.councils.domain.RecordStatus;
import uk.gov.education.intervention.councils.repository.PersonIdentityRepository;
import uk.gov.education.intervention.councils.rest.IdentityRequest;
import uk.gov.education.intervention.councils.rest.IdentityView;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

    public PersonIdentity require(UUID personId, UUID id) {
        PersonIdentity link = identities.findById(id);
        if (link == null || !link.person.id.equals(personId)) {
            throw Problems.notFound("Identity", personId + "/" + id);
        }
        return link;
    }

    public Versioned<IdentityView> get(UUID personId, UUID id) {
        PersonIdentity link = require(personId, id);
        return new Versioned<>(view(link), link.version);
    }

    public Page<IdentityView> list(UUID personId, PageRequest page) {
        parties.requirePerson(personId);
        String where = "person.id = :person";
        Map<String, Object> params = new java.util.HashMap<>(Map.of("person", personId));
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            try {
                params.put("kt", OffsetDateTime.parse(key.get(0)));
                params.put("kid", UUID.fromString(key.get(1)));
            } catch (RuntimeException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
            where += " and (linkedAt > :kt or (linkedAt = :kt and id > :kid))";
        }
        List<PersonIdentity> rows = identities.find(where + " order by linkedAt, id", params).page(0, page.fetchSize()).list();
        return Page.of(rows, page, l -> List.of(l.linkedAt, l.id), IdentityService::view);
    }

    @Transactional
    public Versioned<IdentityView> link(UUID personId, IdentityRequest r) {
        Person person = parties.requirePerson(personId);
        if (person.status == RecordStatus.RETIRED) {
            throw Problems.ruleViolated("holder-retired", "Person is retired",
                    person.displayName() + " is retired: no identity can be linked to the record.");
        }
        String issuer = r.issuer().strip();
        String subject = r.subject().strip();
        // one statement at a time per identity, so that two links of it cannot both pass the check below
        identities.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "person-identity:" + issuer + " " + subject).getSingleResult();
        identities.active(issuer, subject).ifPresent(other -> {
            throw Problems.conflict("identity-linked", "This identity is already linked to "
                    + (other.person.id.equals(personId) ? "this person" : "another person (" + other.person.id + ")")
                    + " by link " + other.id + "; end that link first.");
        });
        PersonIdentity link = new PersonIdentity();
        link.id = UUID.randomUUID();
        link.person = person;
        link.issuer = issuer;
        link.subject = subject;
        link.linkedAt = OffsetDateTime.now(clock);
        link.notes = InspectionService.blankToNull(r.notes());
        identities.persistAndFlush(link);
        IdentityView after = view(link);
        audit.record(AUDIT_TYPE, link.id.toString(), "linked", null, after);
        return new Versioned<>(after, link.version);
    }

    @Transactional
    public Versioned<IdentityView> end(UUID personId, UUID id, String ifMatch, String reason) {
        PersonIdentity link = require(personId, id);
        ETags.requireMatch(ifMatch, link.version);
        if (!link.active()) {
            throw Problems.conflict("identity-link-ended", "Link " + id + " already ended on " + link.endedAt + ".");
        }
        IdentityView before = view(link);
        link.endedAt = OffsetDateTime.now(clock);
        link.endReason = reason.strip();
        identities.flush();
        IdentityView after = view(link);
        audit.record(AUDIT_TYPE, link.id.toString(), "ended", before, after);
        return new Versioned<>(after, link.version);
    }

    static IdentityView view(PersonIdentity l) {
        return new IdentityView(l.id, l.person.id, l.issuer, l.subject, l.linkedAt, l.endedAt, l.endReason, l.notes,
                l.active() ? "ACTIVE" : "ENDED");
    }
}
