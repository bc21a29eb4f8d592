package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.domain.AppointmentBasis;
import uk.gov.education.intervention.councils.domain.Council;
import uk.gov.education.intervention.councils.domain.DateBasis;
import uk.gov.education.intervention.councils.domain.Instrument;
import uk.gov.education.intervention.councils.domain.Provenance;
import uk.gov.education.intervention.councils.domain.Role;
import uk.gov.education.intervention.councils.repository.AppointmentRepository;
import uk.gov.education.intervention.councils.repository.CouncilRepository;
import uk.gov.education.intervention.councils.repository.RoleRepository;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appointments: who holds which role, for which council, when. The rules an appointment keeps are in
 * {@link Appointment} and {@link AppointmentRules}; extensions and re-appointments in {@link AppointmentRenewals}.
 */
@ApplicationScoped
public class AppointmentService {

    public static final String AUDIT_TYPE = "appointment";

    @Inject
    AppointmentRepository appointments;

    @Inject
    RoleRepository roles;

    @Inject
    CouncilRepository councilRepository;

    @Inject
    CouncilService councils;

    @Inject
    PartyService parties;

    @Inject
    AppointmentRules rules;

    @Inject
    AuditLog audit;

    /** Which appointments to list; every filter is optional. */
    public record Query(String councilGss, String roleCode, UUID personId, UUID organisationId, LocalDate activeOn) {
    }

    /** A new appointment as its source gives it: exactly one of personId and organisationId. */
    public record Appoint(String roleCode, String councilGss, UUID personId, UUID organisationId, LocalDate startsOn,
                          DateBasis startsOnBasis, LocalDate knownFrom, LocalDate endsOn, DateBasis endsOnBasis,
                          Instrument instrument, String notes, String source) {
    }

    /** The last day of an appointment, its basis and why it ended. */
    public record End(LocalDate endsOn, DateBasis endsOnBasis, String reason) {
    }

    public Appointment require(UUID id) {
        return appointments.findByIdOptional(id).orElseThrow(() -> new NotFound("Appointment", id));
    }

    /** Appointments in order of the day each counts from; every filter is optional. */
    public List<Appointment> list(Query q, Slice slice) {
        if (q.councilGss() != null) {
            councils.require(q.councilGss());
        }
        AppointmentRepository.After after = slice.after(k -> new AppointmentRepository.After(LocalDate.parse(k.get(0)), UUID.fromString(k.get(1))));
        return appointments.list(new AppointmentRepository.Filter(q.councilGss(), q.roleCode(), q.personId(), q.organisationId(),
                q.activeOn()), after, slice.fetchSize());
    }

    /** The appointment that followed {@code a} (an extension or re-appointment), if any. */
    public UUID successorOf(Appointment a) {
        return successorsOf(List.of(a)).get(a.id);
    }

    public Map<UUID, UUID> successorsOf(List<Appointment> rows) {
        return appointments.successorsOf(rows.stream().map(a -> a.id).toList());
    }

    @Transactional
    public Appointment create(Appoint c) {
        Role role = roles.findByIdOptional(c.roleCode()).orElseThrow(() -> new InvalidInput("roleCode",
                "'" + c.roleCode() + "' is not a role; see GET /v1/roles"));
        Appointment a = Appointment.of(role, councilFor(role, c.councilGss()), AppointmentBasis.APPOINTMENT);
        role.requireHolderKind(c.personId() != null, c.organisationId() != null);
        if (c.personId() != null) {
            a.heldBy(parties.requirePerson(c.personId()));
        } else {
            a.heldBy(parties.requireOrganisation(c.organisationId()));
        }
        a.source = Provenance.source("source", c.source());
        a.recordStart(c.startsOn(), c.startsOnBasis(), c.knownFrom());
        a.recordEnd(c.endsOn(), c.endsOnBasis());
        a.instrument(c.instrument());
        a.notes = Provenance.blankToNull(c.notes());
        rules.check(a, null);
        appointments.persistAndFlush(a);
        audit.record(AUDIT_TYPE, a.id.toString(), "created", null, a.snapshot(null));
        return appointments.loaded(a);
    }

    @Transactional
    public Appointment end(UUID id, ExpectedVersion expected, End e) {
        Appointment a = lockedForChange(id, expected);
        UUID successor = successorOf(a);
        Appointment.Snapshot before = a.snapshot(successor);
        a.end(e.endsOn(), e.endsOnBasis(), e.reason());
        appointments.flush();
        audit.record(AUDIT_TYPE, a.id.toString(), "ended", before, a.snapshot(successor));
        return appointments.loaded(a);
    }

    /**
     * The appointment locked for a change, at the version the caller expects, with its council locked too, so that
     * changes to one council's appointments are checked one after another.
     */
    Appointment lockedForChange(UUID id, ExpectedVersion expected) {
        Appointment a = appointments.findForChange(id).orElseThrow(() -> new NotFound("Appointment", id));
        expected.check(a.version);
        if (a.council != null) {
            councilRepository.lockByGss(a.council.gssCode);
        }
        return a;
    }

    private Council councilFor(Role role, String gss) {
        role.requireCouncilScope(gss != null);
        if (gss == null) {
            return null;
        }
        // lock the council so that concurrent appointments to it are checked one after another
        return councilRepository.lockByGss(gss).orElseThrow(() -> new NotFound("Council", gss));
    }
}
