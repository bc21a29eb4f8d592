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
 * A start the source does not state is not recorded (UNKNOWN): the appointment then counts from
 * the date its source shows it in place ({@link #knownFrom}).
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

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "starts_on_basis", nullable = false)
    public DateBasis startsOnBasis;

    @Column(name = "known_from")
    public LocalDate knownFrom;

    /** The start, or where it is unknown the date it is known from: what point-in-time questions use. */
    @Column(name = "counts_from", nullable = false)
    public LocalDate countsFrom;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "ends_on_basis")
    public DateBasis endsOnBasis;

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

    @Column
    public String source;

    /** Sets the start: a date with its basis, or (UNKNOWN) none and the date it is known from. */
    public void start(LocalDate startsOn, DateBasis basis, LocalDate knownFrom) {
        this.startsOn = startsOn;
        this.startsOnBasis = basis;
        this.knownFrom = knownFrom;
        this.countsFrom = startsOn != null ? startsOn : knownFrom;
    }

    public boolean isActiveOn(LocalDate date) {
        return !countsFrom.isAfter(date) && (endsOn == null || !endsOn.isBefore(date));
    }

    /** Whether the two periods share at least one day (this one counted from {@link #countsFrom}). */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        boolean startsBeforeOtherEnds = otherEnd == null || !countsFrom.isAfter(otherEnd);
        boolean otherStartsBeforeThisEnds = endsOn == null || !otherStart.isAfter(endsOn);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
