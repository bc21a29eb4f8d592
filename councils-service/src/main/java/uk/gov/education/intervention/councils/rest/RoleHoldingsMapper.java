package uk.gov.education.intervention.councils.rest;

import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.Person;
import uk.gov.education.intervention.councils.service.RoleHoldingsService;

/** Role holdings as the API shows them. */
final class RoleHoldingsMapper {

    private RoleHoldingsMapper() {
    }

    static RoleHoldingsView view(RoleHoldingsService.Holdings h) {
        Person person = h.person();
        Organisation organisation = h.organisation();
        return new RoleHoldingsView(h.on(), h.councilGss(),
                person == null ? null : new RoleHoldingsView.PartyRef(person.id, person.displayName(), null),
                organisation == null ? null : new RoleHoldingsView.PartyRef(organisation.id, organisation.name,
                        organisation.council == null ? null : organisation.council.gssCode),
                h.appointments().stream().map(RoleHoldingsMapper::holding).toList(), h.filledRoles());
    }

    private static RoleHoldingsView.Holding holding(Appointment a) {
        return new RoleHoldingsView.Holding(a.council == null ? null : a.council.gssCode, a.role.code, a.role.name,
                a.person != null ? "PERSON" : "ORGANISATION", a.id, a.startsOn, a.startsOnBasis, a.knownFrom, a.endsOn);
    }
}
