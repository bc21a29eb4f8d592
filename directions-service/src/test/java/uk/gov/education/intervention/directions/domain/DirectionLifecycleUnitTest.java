package uk.gov.education.intervention.directions.domain;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.DomainException;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A direction's states and the changes between them, on the entity alone: drafted, redrafted, issued, revoked. */
class DirectionLifecycleUnitTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2021, 7, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private static Direction issued() {
        Direction d = Direction.draft(Drafting.draft(), "{}");
        d.issue("Stoke-on-Trent City Council", NOON);
        return d;
    }

    @Test
    void aDraftTakesItsReferenceFromCouncilAndDateAndNumbersItsDuties() {
        Direction d = Direction.draft(Drafting.draft(Drafting.DATE, null, List.of(
                Drafting.duty("first", "2.a", Drafting.cadence(CadenceType.MONTHLY)),
                Drafting.duty("second", "2.b", Drafting.cadence(CadenceType.REGULAR)))), "{\"recitals\":[]}");

        assertEquals("E06000021-2021-06-30", d.reference);
        assertEquals(DirectionStatus.DRAFT, d.status);
        assertEquals("A direction", d.title);
        assertEquals("{\"recitals\":[]}", d.content);
        assertEquals(List.of(1, 2), d.duties.stream().map(u -> u.position).toList());
        assertSame(d, d.duties.get(0).direction);
        assertEquals("Monthly report", d.duties.get(0).title);
        assertEquals(0, d.duties.get(0).citedBy.length);
        assertFalse(d.inForceOn(Drafting.DATE), "a draft is never in force");
    }

    @Test
    void aRedraftReplacesTheDutiesButNotTheReference() {
        Direction d = Direction.draft(Drafting.draft(), "{}");
        d.redraft(Drafting.draft(Drafting.DATE, "E06000021-2019-10-31", List.of()), "{\"clauses\":[]}");

        assertTrue(d.duties.isEmpty());
        assertEquals("E06000021-2019-10-31", d.revokesReference);
        RuleViolation moved = assertThrows(RuleViolation.class,
                () -> d.redraft(Drafting.draft(Drafting.DATE.plusDays(1), null, List.of()), "{}"));
        assertEquals("reference-is-fixed", moved.rule());
    }

    @Test
    void issuingFreezesTheText() {
        Direction d = issued();

        assertEquals(DirectionStatus.ISSUED, d.status);
        assertEquals("Stoke-on-Trent City Council", d.councilName);
        assertEquals(NOON, d.issuedAt);
        assertTrue(d.inForceOn(Drafting.DATE));
        Conflict edit = assertThrows(Conflict.class, () -> d.redraft(Drafting.draft(), "{}"));
        assertEquals("direction-issued", edit.slug());
        assertTrue(edit.detail().contains("cannot be edited"), edit.detail());
        Conflict again = assertThrows(Conflict.class, () -> d.issue("Another name", NOON));
        assertTrue(again.detail().contains("is issued"), again.detail());
        assertEquals("Stoke-on-Trent City Council", d.councilName);
    }

    @Test
    void anIncompleteDraftIsNotIssuedAndTheRuleSaysWhatIsMissing() {
        Direction d = Direction.draft(new DirectionDraft(Drafting.GSS, Drafting.DATE, "Title", null, null, null, null, null), "{}");

        RuleViolation e = assertThrows(RuleViolation.class, () -> d.requireComplete(DirectionText.EMPTY));
        assertEquals("incomplete-direction", e.rule());
        assertTrue(e.detail().endsWith("lacks: statutoryBasis, signatory, recitals, clauses."), e.detail());
        Direction complete = Direction.draft(Drafting.draft(), "{}");
        complete.requireComplete(Drafting.draft().text());
    }

    @Test
    void revokingEndsTheDirectionTheDayBefore() {
        Direction d = issued();
        d.revoke(LocalDate.of(2022, 2, 15), "  Intervention ended.  ");

        assertEquals(DirectionStatus.REVOKED, d.status);
        assertEquals(LocalDate.of(2022, 2, 15), d.revokedOn);
        assertEquals("Intervention ended.", d.revocationReason);
        assertNull(d.revokedByReference);
        assertTrue(d.inForceOn(LocalDate.of(2022, 2, 14)));
        assertFalse(d.inForceOn(LocalDate.of(2022, 2, 15)));
    }

    @Test
    void aDirectionIsRevokedOnlyAfterItsDateAndOnlyOnce() {
        Direction d = issued();
        RuleViolation early = assertThrows(RuleViolation.class, () -> d.revoke(Drafting.DATE, "too early"));
        assertEquals("revocation-date", early.rule());
        assertEquals(DirectionStatus.ISSUED, d.status, "a refused revocation changes nothing");

        d.revoke(Drafting.DATE.plusDays(1), "ended");
        DomainException twice = assertThrows(Conflict.class, () -> d.revoke(Drafting.DATE.plusDays(2), "again"));
        assertEquals("already-revoked", twice.slug());
        assertEquals(Drafting.DATE.plusDays(1), d.revokedOn);

        Direction draft = Direction.draft(Drafting.draft(), "{}");
        assertEquals("not-issued", assertThrows(Conflict.class, () -> draft.revoke(Drafting.DATE.plusDays(1), "x")).slug());
    }

    @Test
    void aSuccessorRevokesOnItsOwnDateAndNamesItself() {
        Direction old = issued();
        Direction successor = Direction.draft(Drafting.draft(LocalDate.of(2023, 1, 5), old.reference, List.of()), "{}");
        old.revokeBy(successor);

        assertEquals(DirectionStatus.REVOKED, old.status);
        assertEquals(LocalDate.of(2023, 1, 5), old.revokedOn);
        assertEquals("E06000021-2023-01-05", old.revokedByReference);
        assertEquals("Revoked by direction E06000021-2023-01-05 of 2023-01-05.", old.revocationReason);
        Conflict e = assertThrows(Conflict.class, () -> old.revoke(LocalDate.of(2024, 1, 1), "again"));
        assertTrue(e.detail().endsWith("by E06000021-2023-01-05."), e.detail());
    }

    @Test
    void theSnapshotRecordsStateAndDuties() {
        Direction d = issued();
        DirectionSnapshot s = d.snapshot(Drafting.draft().text());

        assertEquals(DirectionStatus.ISSUED, s.status());
        assertEquals("E06000021-2021-06-30", s.reference());
        assertEquals("A. Signatory", s.signatory().name());
        assertEquals(1, s.recitals().size());
        assertEquals(CadenceType.MONTHLY, s.duties().get(0).cadence().type());
        assertEquals(List.of(Party.COUNCIL), s.duties().get(0).providers());
    }
}
