package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.domain.AppointmentBasis;
import uk.gov.education.intervention.councils.repository.AppointmentRepository;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.util.UUID;

/** Extensions and re-appointments: a new appointment linked to the one it follows, which ends the day before. */
@ApplicationScoped
public class AppointmentRenewals {

    @Inject
    AppointmentService appointments;

    @Inject
    AppointmentRepository repository;

    @Inject
    AppointmentRules rules;

    @Inject
    AuditLog audit;

    @Transactional
    public Appointment renew(UUID id, ExpectedVersion expected, Appointment.Renewal r) {
        if (r.basis() == AppointmentBasis.APPOINTMENT) {
            throw new InvalidInput("basis", "must be EXTENSION or RE_APPOINTMENT");
        }
        Appointment current = appointments.lockedForChange(id, expected);
        Appointment.Snapshot currentBefore = current.snapshot(null);
        Appointment next = current.renew(r, appointments.successorOf(current));
        rules.check(next, current.id);
        repository.persistAndFlush(next);
        audit.record(AppointmentService.AUDIT_TYPE, current.id.toString(), "superseded", currentBefore, current.snapshot(next.id));
        audit.record(AppointmentService.AUDIT_TYPE, next.id.toString(),
                r.basis() == AppointmentBasis.EXTENSION ? "extended" : "re-appointed", null, next.snapshot(null));
        return repository.loaded(next);
    }
}
