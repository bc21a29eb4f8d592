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
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.util.Collection;
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

    /** A new appointment of a role, for a council where the role is held for one. */
    public static Appointment of(Role role, Council council, AppointmentBasis basis) {
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.role = role;
        a.council = council;
        a.basis = basis;
        return a;
    }

    /** Held by a person, who must not be retired. */
    public void heldBy(Person p) {
        if (p.status == RecordStatus.RETIRED) {
            throw new RuleViolation("holder-retired", "Holder is retired", p.displayName() + " is retired and cannot be appointed.");
        }
        person = p;
    }

    /** Held by an organisation, which must not be retired. */
    public void heldBy(Organisation o) {
        if (o.status == RecordStatus.RETIRED) {
            throw new RuleViolation("holder-retired", "Holder is retired", o.name + " is retired and cannot be appointed.");
        }
        organisation = o;
    }

    public String holderName() {
        return person != null ? person.displayName() : organisation.name;
    }

    /**
     * The start as the source gives it: a date (with its basis), or no date (UNKNOWN) and the date from which the
     * source shows the appointment in place, which then needs that source. Set {@link #source} first.
     */
    public void recordStart(LocalDate startsOn, DateBasis basis, LocalDate knownFrom) {
        if (startsOn != null) {
            if (knownFrom != null) {
                throw new InvalidInput("knownFrom", "must be absent when startsOn is given: the appointment counts from its start");
            }
            start(startsOn, Provenance.basisOf("startsOn", startsOn, basis), null);
            return;
        }
        if (basis != null && basis != DateBasis.UNKNOWN) {
            throw new InvalidInput("startsOnBasis", "must be UNKNOWN (or absent) when startsOn is absent; give startsOn for a "
                    + basis + " start");
        }
        if (knownFrom == null) {
            throw new InvalidInput("knownFrom", "is required when startsOn is absent (its start UNKNOWN): the date from which "
                    + "the source shows the appointment in place");
        }
        if (source == null) {
            throw new InvalidInput("source", "is required when startsOn is absent: name the document and clause that show "
                    + "the appointment in place from knownFrom");
        }
        start(null, DateBasis.UNKNOWN, knownFrom);
    }

    /** The planned last day, if the source gives one, with its basis; an inferred date needs the source. */
    public void recordEnd(LocalDate endsOn, DateBasis basis) {
        this.endsOn = endsOn;
        this.endsOnBasis = Provenance.basisOf("endsOn", endsOn, basis);
        Provenance.requireSourceIfInferred(source, "source", startsOnBasis, endsOnBasis);
    }

    public void instrument(Instrument instrument) {
        instrumentType = instrument.type();
        instrumentReference = instrument.reference();
        instrumentDate = instrument.date();
    }

    /** Ends the appointment on {@code endsOn}, its last day; one that already ended earlier stays ended. */
    public void end(LocalDate endsOn, DateBasis basis, String reason) {
        if (this.endsOn != null && this.endsOn.isBefore(endsOn)) {
            throw new Conflict("appointment-ended", "Appointment " + id + " already ended on " + this.endsOn
                    + "; to continue it, record an extension or re-appointment.");
        }
        requireInOrder(countsFrom, endsOn);
        DateBasis endsOnBasis = Provenance.basisOf("endsOn", endsOn, basis);
        this.endsOn = endsOn;
        this.endsOnBasis = endsOnBasis;
        this.endReason = reason.trim();
    }

    /**
     * The extension or re-appointment that follows this one from {@code startsOn}: same holder, role and council.
     * This one then ends the day before (an inferred end) if it would otherwise run on. {@code successor} is the
     * one already recorded, if any: an appointment is followed once.
     */
    public Appointment renew(Renewal r, UUID successor) {
        if (successor != null) {
            throw new Conflict("appointment-already-renewed", "Appointment " + id
                    + " has already been extended or renewed; renew the latest one (" + successor + ").");
        }
        if (!r.startsOn().isAfter(countsFrom)) {
            throw new RuleViolation("appointment-dates", "Renewal must start after the appointment it follows",
                    "The renewal starts on " + r.startsOn() + ", but the appointment it follows "
                            + (startsOn != null ? "started on " + startsOn : "is known from " + knownFrom) + ".");
        }
        Appointment next = of(role, council, r.basis());
        next.person = person;
        next.organisation = organisation;
        next.previous = this;
        next.source = Provenance.source("source", r.source());
        next.start(r.startsOn(), Provenance.basisOf("startsOn", r.startsOn(), r.startsOnBasis()), null);
        next.recordEnd(r.endsOn(), r.endsOnBasis());
        next.instrument(r.instrument());
        next.notes = Provenance.blankToNull(r.notes());
        LocalDate dayBefore = r.startsOn().minusDays(1);
        if (endsOn == null || endsOn.isAfter(dayBefore)) {
            endsOn = dayBefore;
            endsOnBasis = DateBasis.INFERRED;
            endReason = (r.basis() == AppointmentBasis.EXTENSION ? "Extended" : "Re-appointed") + " from " + r.startsOn();
        }
        return next;
    }

    /** The dates are in order: no end before the day the appointment counts from. */
    public void requireDatesInOrder() {
        requireInOrder(countsFrom, endsOn);
    }

    static void requireInOrder(LocalDate countsFrom, LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(countsFrom)) {
            throw new RuleViolation("appointment-dates", "An appointment cannot end before it starts",
                    "The appointment counts from " + countsFrom + " (its start, or the date it is known from) but would end on " + endsOn + ".");
        }
    }

    /** The same holder never holds the same role for the same council twice over overlapping dates. */
    public void requireNoOverlap(Collection<Appointment> sameHolderRoleAndCouncil) {
        for (Appointment other : sameHolderRoleAndCouncil) {
            if (!other.id.equals(id) && other.overlaps(countsFrom, endsOn)) {
                throw new Conflict("appointment-overlap", holderName() + " already holds " + role.name
                        + (council == null ? "" : " for " + council.name) + " from " + other.countsFrom
                        + (other.endsOn == null ? " with no end date" : " to " + other.endsOn)
                        + " (appointment " + other.id + "); the same holder cannot hold the same role twice over overlapping dates.");
            }
        }
    }

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

    /** The appointment's state as the audit history keeps it; {@code followedById} is the one that followed it, if any. */
    public Snapshot snapshot(UUID followedById) {
        return new Snapshot(id, role.code, council == null ? null : council.gssCode, person == null ? null : person.id,
                organisation == null ? null : organisation.id, startsOn, startsOnBasis, knownFrom, endsOn, endsOnBasis, basis,
                instrumentType, instrumentReference, instrumentDate, previous == null ? null : previous.id, followedById,
                endReason, notes, source);
    }

    public record Snapshot(UUID id, String roleCode, String councilGssCode, UUID personId, UUID organisationId,
                           LocalDate startsOn, DateBasis startsOnBasis, LocalDate knownFrom, LocalDate endsOn,
                           DateBasis endsOnBasis, AppointmentBasis basis, InstrumentType instrumentType,
                           String instrumentReference, LocalDate instrumentDate, UUID previousAppointmentId,
                           UUID followedById, String endReason, String notes, String source) {
    }

    /** An extension or re-appointment as its source gives it. */
    public record Renewal(AppointmentBasis basis, LocalDate startsOn, DateBasis startsOnBasis, LocalDate endsOn,
                          DateBasis endsOnBasis, Instrument instrument, String notes, String source) {
    }
}
