package uk.gov.education.intervention.councils.rest;

import uk.gov.education.intervention.councils.domain.PersonIdentity;
import uk.gov.education.intervention.councils.service.IdentityService;
import uk.gov.education.intervention.platform.rest.Versioned;

/** Identity links as the API shows them, and requests read into links. */
final class IdentityMapper {

    private IdentityMapper() {
    }

    static IdentityView view(PersonIdentity l) {
        return new IdentityView(l.id, l.person.id, l.issuer, l.subject, l.linkedAt, l.endedAt, l.endReason, l.notes,
                l.active() ? "ACTIVE" : "ENDED");
    }

    static Versioned<IdentityView> versioned(PersonIdentity l) {
        return new Versioned<>(view(l), l.version);
    }

    static IdentityService.Link link(IdentityRequest r) {
        return new IdentityService.Link(r.issuer(), r.subject(), r.notes());
    }
}
