package uk.gov.education.intervention.directions.domain;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.FieldError;
import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The shape rules of a draft, and of each duty's cadence, without a database or HTTP. */
class DirectionRulesTest {

    private static List<FieldError> errors(DirectionDraft draft) {
        return assertThrows(InvalidInput.class, () -> DirectionRules.check(draft)).errors();
    }

    private static List<FieldError> cadenceErrors(Cadence cadence) {
        return errors(Drafting.draft(Drafting.DATE, null, List.of(Drafting.duty("d", "2.a", cadence))));
    }

    private static FieldError error(String field, String message) {
        return new FieldError(field, message);
    }

    @Test
    void aWellFormedDraftPassesWithItsClauseReferences() {
        assertEquals(Set.of("1", "2", "2.a", "2.b"), DirectionRules.check(Drafting.draft()));
    }

    @Test
    void everyBreachOfTheTextIsReportedAtItsPath() {
        DirectionText text = new DirectionText(List.of(Drafting.clause("1", "Whereas")),
                List.of(new FunctionReference(FunctionSet.values()[0], "9")),
                List.of(Drafting.clause("1", "Again one"), Drafting.clause("x", "Lettered")), null);
        DirectionDraft draft = new DirectionDraft(Drafting.GSS, Drafting.DATE, "Title", null, null, null, text,
                List.of(Drafting.duty("d", "3", Drafting.cadence(CadenceType.MONTHLY))));

        assertEquals(List.of(
                error("clauses[0].number", "clause 1 is already numbered so (at recitals[0])"),
                error("clauses[1].number", "a paragraph is numbered with digits (7); letters and roman numerals number its sub-items"),
                error("functions[0].clause", "no clause 9 in this direction"),
                error("duties[0].clause", "no clause 3 in this direction")), errors(draft));
    }

    @Test
    void aDraftRevokesAnEarlierDirectionOfItsOwnCouncil() {
        assertEquals(List.of(error("revokes", "a direction cannot revoke itself")),
                errors(Drafting.draft(Drafting.DATE, "E06000021-2021-06-30", List.of())));
        assertEquals(List.of(error("revokes", "must be a direction to the same council (E06000021)")),
                errors(Drafting.draft(Drafting.DATE, "E06000022-2019-10-31", List.of())));
        assertEquals(List.of(error("revokes", "must be an earlier direction than E06000021-2021-06-30")),
                errors(Drafting.draft(Drafting.DATE, "E06000021-2022-01-01", List.of())));
    }

    @Test
    void aCitationCannotPostDateTheDirection() {
        Citation later = new Citation(CitationKind.COMMISSIONER_REPORT, Drafting.DATE.plusDays(1), null, null, null, null, null);
        DirectionText text = new DirectionText(
                List.of(new ClauseText("1", null, "Whereas", null, List.of(later), null)), null,
                List.of(Drafting.clause("2", "Directs")), null);

        assertEquals(List.of(error("recitals[0].citations[0].date",
                        "a direction cannot cite something dated after the direction itself (2021-06-30)")),
                errors(new DirectionDraft(Drafting.GSS, Drafting.DATE, "T", null, null, null, text, List.of())));
    }

    @Test
    void everyNMonthsNeedsItsMonthsAndTheQuarterAnchorNeedsThree() {
        assertEquals(List.of(error("duties[0].cadence.months", "EVERY_N_MONTHS needs months between 1 and 60")),
                cadenceErrors(Drafting.cadence(CadenceType.EVERY_N_MONTHS)));
        assertEquals(List.of(error("duties[0].cadence.anchor", "CALENDAR_QUARTER needs months 3")),
                cadenceErrors(new Cadence(CadenceType.EVERY_N_MONTHS, 6, null, null, CadenceAnchor.CALENDAR_QUARTER,
                        null, null, null, null, null)));
        DirectionRules.check(Drafting.draft(Drafting.DATE, null, List.of(Drafting.duty("d", "2.a",
                new Cadence(CadenceType.EVERY_N_MONTHS, 3, null, null, CadenceAnchor.CALENDAR_QUARTER, AnchorBasis.CHOSEN,
                        null, null, null, null)))));
    }

    @Test
    void offsetsAscendWithinTwentyYears() {
        assertEquals(List.of(error("duties[0].cadence.offsets",
                        "AT_MONTH_OFFSETS needs offsets in months, ascending, each between 1 and 240")),
                cadenceErrors(new Cadence(CadenceType.AT_MONTH_OFFSETS, null, List.of(6, 3), null, null, null, null, null, null, null)));
    }

    @Test
    void aOnceDutyFallsDueOnOrAfterTheDirection() {
        assertEquals(List.of(error("duties[0].cadence.dueOn", "cannot fall before the direction's date 2021-06-30")),
                cadenceErrors(new Cadence(CadenceType.ONCE, null, null, LocalDate.of(2021, 6, 29), null, null, null, null, null, null)));
        assertEquals(List.of(error("duties[0].cadence.dueOn", "ONCE needs the date it is due on")),
                cadenceErrors(Drafting.cadence(CadenceType.ONCE)));
    }

    @Test
    void eachTypeRefusesTheFieldsOfOthers() {
        Cadence monthly = new Cadence(CadenceType.MONTHLY, 3, List.of(1), LocalDate.of(2022, 1, 1), CadenceAnchor.DIRECTION_DATE,
                AnchorBasis.STATED, null, new Trigger(TriggerEvent.values()[0], Party.COUNCIL), "P28D", List.of(Party.COUNCIL));

        assertEquals(List.of(
                error("duties[0].cadence.months", "only EVERY_N_MONTHS takes months, not MONTHLY"),
                error("duties[0].cadence.offsets", "only AT_MONTH_OFFSETS takes offsets, not MONTHLY"),
                error("duties[0].cadence.dueOn", "only ONCE takes dueOn, not MONTHLY"),
                error("duties[0].cadence.trigger", "only ON_EVENT takes a trigger, not MONTHLY"),
                error("duties[0].cadence.within", "only ON_EVENT takes within, not MONTHLY"),
                error("duties[0].cadence.requesters", "only ON_REQUEST takes requesters, not MONTHLY"),
                error("duties[0].cadence.anchor", "MONTHLY falls due at the end of each calendar month: its anchor is CALENDAR_MONTH"),
                error("duties[0].cadence.anchorBasis", "only EVERY_N_MONTHS takes anchorBasis, not MONTHLY")), cadenceErrors(monthly));
    }

    @Test
    void eventsNeedATriggerAndAPeriodOfOneUnit() {
        assertEquals(List.of(
                        error("duties[0].cadence.trigger", "ON_EVENT needs the trigger that makes it due"),
                        error("duties[0].cadence.within", "must be a period such as P28D, P6W, P3M or P1Y (1 to 999 of one unit)")),
                cadenceErrors(new Cadence(CadenceType.ON_EVENT, null, null, null, null, null, null, null, "P1M2D", null)));
    }

    @Test
    void requestsNameEachRequesterOnce() {
        assertEquals(List.of(error("duties[0].cadence.requesters", "ON_REQUEST needs who may make the request")),
                cadenceErrors(Drafting.cadence(CadenceType.ON_REQUEST)));
        assertEquals(List.of(error("duties[0].cadence.requesters", "names a requester twice")),
                cadenceErrors(new Cadence(CadenceType.ON_REQUEST, null, null, null, null, null, null, null, null,
                        List.of(Party.COUNCIL, Party.COUNCIL))));
    }

    @Test
    void aStoredCadenceIsDescribedWithTheAnchorOfItsType() {
        Cadence described = Drafting.cadence(CadenceType.MONTHLY).described(LocalDate.of(2019, 10, 31));

        assertEquals(CadenceAnchor.CALENDAR_MONTH, described.anchor());
        assertEquals("on the last day of each calendar month, the first being 30 November 2019 "
                + "(the first month that begins after 31 October 2019)", described.rule());
    }
}
