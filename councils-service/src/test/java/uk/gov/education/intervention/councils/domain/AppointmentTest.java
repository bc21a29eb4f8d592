package uk.gov.education.intervention.councils.domain;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppointmentTest {

    private static final LocalDate START = LocalDate.of(2019, 10, 31);

    @Test
    void endingSetsTheLastDayWithAStatedBasisAndTheTrimmedReason() {
        Appointment a = Fixtures.appointment(START);
        a.end(LocalDate.of(2020, 10, 30), null, "  Term over ");
        assertEquals(LocalDate.of(2020, 10, 30), a.endsOn);
        assertEquals(DateBasis.STATED, a.endsOnBasis);
        assertEquals("Term over", a.endReason);
    }

    @Test
    void anAppointmentThatEndedEarlierCannotBeEndedLater() {
        Appointment a = Fixtures.appointment(START);
        a.end(LocalDate.of(2020, 1, 31), null, "Ended");
        Conflict c = assertThrows(Conflict.class, () -> a.end(LocalDate.of(2020, 6, 30), null, "Again"));
        assertEquals("appointment-ended", c.slug());
        a.end(LocalDate.of(2020, 1, 1), DateBasis.INFERRED, "Brought forward");
        assertEquals(LocalDate.of(2020, 1, 1), a.endsOn);
    }

    @Test
    void anAppointmentCannotEndBeforeItCounts() {
        Appointment a = Fixtures.appointment(START);
        RuleViolation r = assertThrows(RuleViolation.class, () -> a.end(START.minusDays(1), null, "Too early"));
        assertEquals("appointment-dates", r.rule());
        assertNull(a.endsOn);
    }

    @Test
    void anUnknownStartCountsFromTheDateItIsKnownFromAndNeedsASource() {
        Appointment a = Appointment.of(Fixtures.role("PARTNER_IN_PRACTICE", HolderKind.ORGANISATION, true), null,
                AppointmentBasis.APPOINTMENT);
        InvalidInput noSource = assertThrows(InvalidInput.class, () -> a.recordStart(null, null, START));
        assertEquals("source", noSource.errors().get(0).field());
        assertEquals("knownFrom", assertThrows(InvalidInput.class, () -> a.recordStart(null, null, null)).errors().get(0).field());
        assertEquals("startsOnBasis", assertThrows(InvalidInput.class, () -> a.recordStart(null, DateBasis.STATED, START))
                .errors().get(0).field());
        assertEquals("knownFrom", assertThrows(InvalidInput.class, () -> a.recordStart(START, null, START)).errors().get(0).field());
        a.source = "Direction, recital 5";
        a.recordStart(null, null, START);
        assertEquals(DateBasis.UNKNOWN, a.startsOnBasis);
        assertNull(a.startsOn);
        assertEquals(START, a.countsFrom);
    }

    @Test
    void anInferredEndNeedsASource() {
        Appointment a = Fixtures.appointment(START);
        InvalidInput e = assertThrows(InvalidInput.class, () -> a.recordEnd(LocalDate.of(2020, 10, 30), DateBasis.INFERRED));
        assertEquals("source", e.errors().get(0).field());
    }

    @Test
    void aRenewalFollowsTheAppointmentWhichEndsTheDayBefore() {
        Appointment current = Fixtures.appointment(START);
        Appointment next = current.renew(renewal(AppointmentBasis.EXTENSION, LocalDate.of(2020, 11, 1)), null);
        assertSame(current, next.previous);
        assertSame(current.person, next.person);
        assertSame(current.role, next.role);
        assertEquals(AppointmentBasis.EXTENSION, next.basis);
        assertEquals(LocalDate.of(2020, 11, 1), next.countsFrom);
        assertEquals(LocalDate.of(2020, 10, 31), current.endsOn);
        assertEquals(DateBasis.INFERRED, current.endsOnBasis);
        assertEquals("Extended from 2020-11-01", current.endReason);
    }

    @Test
    void aRenewalLeavesAnEarlierEndAlone() {
        Appointment current = Fixtures.appointment(START);
        current.end(LocalDate.of(2020, 6, 30), null, "Term over");
        current.renew(renewal(AppointmentBasis.RE_APPOINTMENT, LocalDate.of(2020, 11, 1)), null);
        assertEquals(LocalDate.of(2020, 6, 30), current.endsOn);
        assertEquals("Term over", current.endReason);
    }

    @Test
    void anAppointmentIsRenewedOnceAndOnlyAfterItStarts() {
        Appointment current = Fixtures.appointment(START);
        Conflict c = assertThrows(Conflict.class,
                () -> current.renew(renewal(AppointmentBasis.EXTENSION, LocalDate.of(2020, 11, 1)), UUID.randomUUID()));
        assertEquals("appointment-already-renewed", c.slug());
        RuleViolation r = assertThrows(RuleViolation.class, () -> current.renew(renewal(AppointmentBasis.EXTENSION, START), null));
        assertEquals("appointment-dates", r.rule());
        assertNull(current.endsOn);
    }

    @Test
    void theSameHolderCannotHoldTheRoleTwiceOverOverlappingDates() {
        Appointment a = Fixtures.appointment(START);
        Appointment earlier = Fixtures.appointment(LocalDate.of(2018, 1, 1));
        earlier.end(LocalDate.of(2019, 10, 30), null, "Ended");
        a.requireNoOverlap(List.of(earlier));
        earlier.endsOn = START;
        Conflict c = assertThrows(Conflict.class, () -> a.requireNoOverlap(List.of(earlier)));
        assertEquals("appointment-overlap", c.slug());
        assertTrue(c.detail().contains("Eleanor Brazil"));
    }

    @Test
    void aRetiredHolderCannotBeAppointed() {
        Appointment a = Appointment.of(Fixtures.role("MINISTER", HolderKind.PERSON, false), null, AppointmentBasis.APPOINTMENT);
        Person retired = Fixtures.person("Former Minister");
        retired.status = RecordStatus.RETIRED;
        assertEquals("holder-retired", assertThrows(RuleViolation.class, () -> a.heldBy(retired)).rule());
    }

    @Test
    void theSnapshotKeepsTheFieldsTheHistoryShows() {
        Appointment a = Fixtures.appointment(START);
        UUID next = UUID.randomUUID();
        Appointment.Snapshot s = a.snapshot(next);
        assertEquals("E06000021", s.councilGssCode());
        assertEquals(START, s.startsOn());
        assertEquals(next, s.followedById());
        assertEquals(a.person.id, s.personId());
    }

    private static Appointment.Renewal renewal(AppointmentBasis basis, LocalDate startsOn) {
        return new Appointment.Renewal(basis, startsOn, null, null, null,
                new Instrument(InstrumentType.LETTER_OF_APPOINTMENT, " ", null), " ", null);
    }
}
