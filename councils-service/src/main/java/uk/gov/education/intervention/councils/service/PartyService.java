package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.OrganisationKind;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.councils.repository.NamePages;
import uk.gov.education.intervention.councils.repository.OrganisationRepository;
import uk.gov.education.intervention.councils.repository.PersonRepository;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.NotFound;

import java.util.List;
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

    /** An organisation's details: a local authority names its council. */
    public record OrganisationDetails(String name, OrganisationKind kind, String councilGss) {
    }

    public record PersonDetails(String fullName, String honours, String jobTitle, UUID organisationId) {
    }

    public Organisation requireOrganisation(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> new NotFound("Organisation", id));
    }

    public Person requirePerson(UUID id) {
        return people.findByIdOptional(id).orElseThrow(() -> new NotFound("Person", id));
    }

    /** Organisations by name; {@code q} matches part of the name, case-insensitively. */
    public List<Organisation> listOrganisations(String q, OrganisationKind kind, String councilGss, Slice slice) {
        return organisations.list(NamePages.containing(q), kind, councilGss, slice.after(PartyService::nameKey), slice.fetchSize());
    }

    public List<Person> listPeople(String q, UUID organisationId, Slice slice) {
        return people.list(NamePages.containing(q), organisationId, slice.after(PartyService::nameKey), slice.fetchSize());
    }

    private static NamePages.After nameKey(List<String> key) {
        return new NamePages.After(key.get(0), UUID.fromString(key.get(1)));
    }

    @Transactional
    public Organisation createOrganisation(OrganisationDetails d) {
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        describe(o, d);
        organisations.persistAndFlush(o);
        audit.record(ORGANISATION, o.id.toString(), "created", null, o.snapshot());
        return o;
    }

    @Transactional
    public Organisation updateOrganisation(UUID id, ExpectedVersion expected, OrganisationDetails d) {
        Organisation o = organisationForChange(id, expected);
        Organisation.Snapshot before = o.snapshot();
        describe(o, d);
        organisations.flush();
        audit.record(ORGANISATION, o.id.toString(), "updated", before, o.snapshot());
        return o;
    }

    @Transactional
    public Organisation retireOrganisation(UUID id, ExpectedVersion expected, String reason) {
        Organisation o = organisationForChange(id, expected);
        Organisation.Snapshot before = o.snapshot();
        o.retire(reason);
        organisations.flush();
        audit.record(ORGANISATION, o.id.toString(), "retired", before, o.snapshot());
        return o;
    }

    private Organisation organisationForChange(UUID id, ExpectedVersion expected) {
        Organisation o = organisations.findForChange(id).orElseThrow(() -> new NotFound("Organisation", id));
        expected.check(o.version);
        return o;
    }

    /** A council is represented by one organisation at most. */
    private void describe(Organisation o, OrganisationDetails d) {
        Organisation.requireCouncilMatchesKind(d.kind(), d.councilGss() != null);
        Council council = null;
        if (d.councilGss() != null) {
            Council linked = councils.require(d.councilGss());
            organisations.representing(linked)
                    .filter(other -> !other.id.equals(o.id))
                    .ifPresent(other -> {
                        throw new Conflict("council-has-organisation", "Council " + linked.gssCode
                                + " is already represented by organisation " + other.id + ".");
                    });
            council = linked;
        }
        o.describe(d.name(), d.kind(), council);
    }

    @Transactional
    public Person createPerson(PersonDetails d) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.describe(d.fullName(), d.honours(), d.jobTitle(), d.organisationId() == null ? null : requireOrganisation(d.organisationId()));
        people.persistAndFlush(p);
        audit.record(PERSON, p.id.toString(), "created", null, p.snapshot());
        return p;
    }

    @Transactional
    public Person updatePerson(UUID id, ExpectedVersion expected, PersonDetails d) {
        Person p = people.findForChange(id).orElseThrow(() -> new NotFound("Person", id));
        expected.check(p.version);
        Person.Snapshot before = p.snapshot();
        p.describe(d.fullName(), d.honours(), d.jobTitle(), d.organisationId() == null ? null : requireOrganisation(d.organisationId()));
        people.flush();
        audit.record(PERSON, p.id.toString(), "updated", before, p.snapshot());
        return p;
    }
}
