package uk.gov.education.intervention.councils.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.councils.domain.Appointment;
import uk.gov.education.intervention.councils.domain.OfstedInspection;
import uk.gov.education.intervention.councils.domain.Organisation;
import uk.gov.education.intervention.councils.domain.Role;
import uk.gov.education.intervention.councils.repository.AppointmentRepository;
import uk.gov.education.intervention.councils.repository.InspectionRepository;

import java.util.UUID;

/**
 * The rules an appointment keeps against what else is recorded: an Improvement Advisor is a local authority
 * rated good or outstanding on the day the appointment counts from, and nobody holds the same role for the
 * same council twice at once.
 */
@ApplicationScoped
public class AppointmentRules {

    @Inject
    AppointmentRepository appointments;

    @Inject
    InspectionRepository inspections;

    /** Checks {@code a} before it is stored; {@code ignoring} is an appointment it may overlap (the one it renews). */
    void check(Appointment a, UUID ignoring) {
        a.requireDatesInOrder();
        if (Role.IMPROVEMENT_ADVISOR.equals(a.role.code)) {
            Organisation o = a.organisation;
            OfstedInspection latest = o.council == null ? null
                    : inspections.latestPublished(o.council.id, a.countsFrom).orElse(null);
            o.requireStrongAuthority(latest, a.countsFrom);
        }
        a.requireNoOverlap(appointments.sameHolderRoleAndCouncil(a, ignoring));
    }
}
