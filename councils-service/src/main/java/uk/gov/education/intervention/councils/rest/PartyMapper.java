package uk.gov.education.intervention.councils.rest;

import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.councils.service.PartyService;
import uk.gov.education.intervention.platform.rest.Versioned;

/** Organisations and people as the API shows them, and requests read into their details. */
final class PartyMapper {

    private PartyMapper() {
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.council == null ? null : o.council.gssCode, o.status, o.retiredReason);
    }

    static PersonView view(Person p) {
        return new PersonView(p.id, p.fullName, p.honours, p.displayName(), p.jobTitle,
                p.organisation == null ? null : p.organisation.id, p.status);
    }

    static Versioned<OrganisationView> versioned(Organisation o) {
        return new Versioned<>(view(o), o.version);
    }

    static Versioned<PersonView> versioned(Person p) {
        return new Versioned<>(view(p), p.version);
    }

    static PartyService.OrganisationDetails details(OrganisationRequest r) {
        return new PartyService.OrganisationDetails(r.name(), r.kind(), r.councilGssCode());
    }

    static PartyService.PersonDetails details(PersonRequest r) {
        return new PartyService.PersonDetails(r.fullName(), r.honours(), r.jobTitle(), r.organisationId());
    }
}
