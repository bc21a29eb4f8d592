package uk.gov.education.intervention.councils.rest;

import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.domain.Instrument;
import uk.gov.education.intervention.councils.service.AppointmentService;
import uk.gov.education.intervention.platform.rest.Page;
import uk.gov.education.intervention.platform.rest.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Appointments as the API shows them, and requests read into commands. */
final class AppointmentMapper {

    private AppointmentMapper() {
    }

    /** {@code followedBy}: the extension or re-appointment that followed it, if any. */
    static AppointmentView view(Appointment a, UUID followedBy) {
        AppointmentView.HolderView holder = a.person != null
                ? new AppointmentView.HolderView("PERSON", a.person.id, a.person.displayName())
                : new AppointmentView.HolderView("ORGANISATION", a.organisation.id, a.organisation.name);
        return new AppointmentView(a.id, new AppointmentView.RoleRef(a.role.code, a.role.name),
                a.council == null ? null : a.council.gssCode, holder, a.startsOn, a.startsOnBasis, a.knownFrom, a.endsOn, a.endsOnBasis,
                a.basis, new InstrumentView(a.instrumentType, a.instrumentReference, a.instrumentDate),
                a.previous == null ? null : a.previous.id, followedBy, a.endReason, a.notes, a.source);
    }

    static Page<AppointmentView> page(List<Appointment> rows, PageRequest page, Map<UUID, UUID> successors) {
        return Page.of(rows, page, a -> List.of(a.countsFrom, a.id), a -> view(a, successors.get(a.id)));
    }

    static Instrument instrument(InstrumentView v) {
        return new Instrument(v.type(), v.reference(), v.date());
    }

    static AppointmentService.Appoint command(AppointmentRequest r) {
        return new AppointmentService.Appoint(r.roleCode(), r.councilGssCode(), r.personId(), r.organisationId(), r.startsOn(),
                r.startsOnBasis(), r.knownFrom(), r.endsOn(), r.endsOnBasis(), instrument(r.instrument()), r.notes(), r.source());
    }

    static Appointment.Renewal command(RenewalRequest r) {
        return new Appointment.Renewal(r.basis(), r.startsOn(), r.startsOnBasis(), r.endsOn(), r.endsOnBasis(),
                instrument(r.instrument()), r.notes(), r.source());
    }

    static AppointmentService.End command(EndRequest r) {
        return new AppointmentService.End(r.endsOn(), r.endsOnBasis(), r.reason());
    }
}
