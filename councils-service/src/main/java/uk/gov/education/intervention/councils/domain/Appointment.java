package uk.gov.education.intervention.councils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person or organisation holding a role, for a council, over a period. Extensions and
 * re-appointments are new appointments that point at the one they follow, so the history stays.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends TrackedEntity {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "role_code")
    public Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    public Council council;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentBasis basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "instrument_type", nullable = false)
    public InstrumentType instrumentType;

    @Column(name = "instrument_reference")
    public String instrumentReference;

    @Column(name = "instrument_date")
    public LocalDate instrumentDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_appointment_id")
    public Appointment previous;

    @Column(name = "end_reason")
    public String endReason;

    @Column
    public String notes;

    public boolean isActiveOn(LocalDate date) {
        return !startsOn.isAfter(date) && (endsOn == null || !endsOn.isBefore(date));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        boolean startsBeforeOtherEnds = otherEnd == null || !startsOn.isAfter(otherEnd);
        boolean otherStartsBeforeThisEnds = endsOn == null || !otherStart.isAfter(endsOn);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
