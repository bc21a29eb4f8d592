package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.OrganisationKind;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.councils.domain.RecordStatus;
import uk.gov.education.intervention.councils.repository.OrganisationRepository;
import uk.gov.education.intervention.councils.repository.PersonRepository;
import uk.gov.education.intervention.councils.rest.OrganisationRequest;
import uk.gov.education.intervention.councils.rest.OrganisationView;
import uk.gov.education.intervention.councils.rest.PersonRequest;
import uk.gov.education.intervention.councils.rest.PersonView;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.problem.Problems;
import uk.gov.education.intervention.platform.rest.ETags;
import uk.gov.education.intervention.platform.rest.Filters;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;
import uk.gov.education.intervention.platform.rest.Versioned;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Organisations and people: the parties that hold roles. */
@ApplicationScoped
public class PartyService {

    public static final String ORGANISATION = "organisation";
    public static final String PERSON = "person";

    @Inject
    OrganisationRepository organisations;

    @Inject
    PersonRepository people;

    @Inject
    CouncilService councils;

    @Inject
    AuditLog audit;

    public Organisation requireOrganisation(UUID id) {
        Organisation o = organisations.findById(id);
        if (o == null) {
            throw Problems.notFound("Organisation", id.toString());
        }
        return o;
    }

    public Person requirePerson(UUID id) {
        Person p = people.findById(id);
        if (p == null) {
            throw Problems.notFound("Person", id.toString());
        }
        return p;
    }

    /**
     * The organisation or person, locked until the transaction ends: two changes sent with the same ETag then meet here,
     * one after the other, and the second fails its If-Match check (412) instead of its write.
     */
    private Organisation organisationForChange(UUID id) {
        Organisation o = organisations.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw Problems.notFound("Organisation", id.toString());
        }
        return o;
    }

    private Person personForChange(UUID id) {
        Person p = people.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw Problems.notFound("Person", id.toString());
        }
        return p;
    }

    public Versioned<OrganisationView> getOrganisation(UUID id) {
        Organisation o = requireOrganisation(id);
        return new Versioned<>(view(o), o.version);
    }

    public Versioned<PersonView> getPerson(UUID id) {
        Person p = requirePerson(id);
        return new Versioned<>(view(p), p.version);
    }

    /** Organisations by name; {@code q} matches part of the name, case-insensitively. */
    public Page<OrganisationView> listOrganisations(String q, OrganisationKind kind, String councilGss, PageRequest page) {
        Filters f = new Filters()
                .and("lower(name) like :q", "q", likePattern(q))
                .and("kind = :kind", "kind", kind)
                .and("council.gssCode = :gss", "gss", councilGss);
        nameCursor(f, "lower(name)", page);
        List<Organisation> rows = organisations.find(f.where() + " order by lower(name), id", f.params())
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, o -> List.of(o.name.toLowerCase(Locale.ROOT), o.id), PartyService::view);
    }

    public Page<PersonView> listPeople(String q, UUID organisationId, PageRequest page) {
        Filters f = new Filters()
                .and("lower(fullName) like :q", "q", likePattern(q))
                .and("organisation.id = :org", "org", organisationId);
        nameCursor(f, "lower(fullName)", page);
        List<Person> rows = people.find(f.where() + " order by lower(fullName), id", f.params())
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, p -> List.of(p.fullName.toLowerCase(Locale.ROOT), p.id), PartyService::view);
    }

    private static void nameCursor(Filters f, String sortExpression, PageRequest page) {
        if (page.hasCursor()) {
            List<String> key = page.cursorKey(2);
            UUID id;
            try {
                id = UUID.fromString(key.get(1));
            } catch (IllegalArgumentException e) {
                throw Problems.invalidField("cursor", "is not a cursor issued by this list; start again without it");
            }
            f.and("(" + sortExpression + " > :k or (" + sortExpression + " = :k and id > :kid))", Map.of("k", key.get(0), "kid", id));
        }
    }

    private static String likePattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String escaped = q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    @Transactional
    public Versioned<OrganisationView> createOrganisation(OrganisationRequest r) {
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        applyOrganisation(o, r);
        organisations.persistAndFlush(o);
        OrganisationView after = view(o);
        audit.record(ORGANISATION, o.id.toString(), "created", null, after);
        return new Versioned<>(after, o.version);
    }

    @Transactional
    public Versioned<OrganisationView> updateOrganisation(UUID id, String ifMatch, OrganisationRequest r) {
        Organisation o = organisationForChange(id);
        ETags.requireMatch(ifMatch, o.version);
        OrganisationView before = view(o);
        applyOrganisation(o, r);
        organisations.flush();
        OrganisationView after = view(o);
        audit.record(ORGANISATION, o.id.toString(), "updated", before, after);
        return new Versioned<>(after, o.version);
    }

    @Transactional
    public Versioned<OrganisationView> retireOrganisation(UUID id, String ifMatch, String reason) {
        Organisation o = organisationForChange(id);
        ETags.requireMatch(ifMatch, o.version);
        OrganisationView before = view(o);
        o.status = RecordStatus.RETIRED;
        o.retiredReason = reason.trim();
        organisations.flush();
        OrganisationView after = view(o);
        audit.record(ORGANISATION, o.id.toString(), "retired", before, after);
        return new Versioned<>(after, o.version);
    }

    private void applyOrganisation(Organisation o, OrganisationRequest r) {
        Council council = null;
        if (r.kind() == OrganisationKind.LOCAL_AUTHORITY) {
            if (r.councilGssCode() == null) {
                throw Problems.invalidField("councilGssCode", "is required for a LOCAL_AUTHORITY");
            }
            council = councils.require(r.councilGssCode());
            Council linked = council;
            organisations.find("council", linked).firstResultOptional()
                    .filter(other -> !other.id.equals(o.id))
                    .ifPresent(other -> {
                        throw Problems.conflict("council-has-organisation", "Council " + linked.gssCode
                                + " is already represented by organisation " + other.id + ".");
                    });
        } else if (r.councilGssCode() != null) {
            throw Problems.invalidField("councilGssCode", "is only for a LOCAL_AUTHORITY");
        }
        o.name = r.name().trim();
        o.kind = r.kind();
        o.council = council;
    }

    @Transactional
    public Versioned<PersonView> createPerson(PersonRequest r) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        applyPerson(p, r);
        people.persistAndFlush(p);
        PersonView after = view(p);
        audit.record(PERSON, p.id.toString(), "created", null, after);
        return new Versioned<>(after, p.version);
    }

    @Transactional
    public Versioned<PersonView> updatePerson(UUID id, String ifMatch, PersonRequest r) {
        Person p = personForChange(id);
        ETags.requireMatch(ifMatch, p.version);
        PersonView before = view(p);
        applyPerson(p, r);
        people.flush();
        PersonView after = view(p);
        audit.record(PERSON, p.id.toString(), "updated", before, after);
        return new Versioned<>(after, p.version);
    }

    private void applyPerson(Person p, PersonRequest r) {
        p.fullName = r.fullName().trim();
        p.honours = InspectionService.blankToNull(r.honours());
        p.jobTitle = InspectionService.blankToNull(r.jobTitle());
        p.organisation = r.organisationId() == null ? null : requireOrganisation(r.organisationId());
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.council == null ? null : o.council.gssCode, o.status, o.retiredReason);
    }

    static PersonView view(Person p) {
        return new PersonView(p.id, p.fullName, p.honours, p.displayName(), p.jobTitle,
                p.organisation == null ? null : p.organisation.id, p.status);
    }
}
