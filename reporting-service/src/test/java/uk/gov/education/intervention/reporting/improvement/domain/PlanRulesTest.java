package uk.gov.education.intervention.reporting.improvement.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan's own rules: status moves, periods, measure directions, replaying its history to any moment, and report updates' shape. */
class PlanRulesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2023, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStatusMustChangeAndNeverReturnsToNotStartedAndDoneIsFinal() {
        ActionStatus.NOT_STARTED.requireMoveTo(ActionStatus.ON_TRACK, "a");
        ActionStatus.ON_TRACK.requireMoveTo(ActionStatus.OFF_TRACK, "a");
        ActionStatus.AT_RISK.requireMoveTo(ActionStatus.DONE, "a");
        assertEquals("action-status-unchanged",
                assertThrows(RuleViolation.class, () -> ActionStatus.AT_RISK.requireMoveTo(ActionStatus.AT_RISK, "a")).rule());
        assertEquals("action-started",
                assertThrows(RuleViolation.class, () -> ActionStatus.ON_TRACK.requireMoveTo(ActionStatus.NOT_STARTED, "a")).rule());
        assertEquals("action-done", assertThrows(RuleViolation.class, () -> ActionStatus.DONE.requireMoveTo(ActionStatus.ON_TRACK, "a")).rule());
    }

    @Test
    void aMeasuresDirectionSaysWhichWayMeetsItsTarget() {
        BigDecimal target = new BigDecimal("80");
        assertTrue(Direction.HIGHER_IS_BETTER.meets(new BigDecimal("80.0"), target));
        assertFalse(Direction.HIGHER_IS_BETTER.meets(new BigDecimal("79.99"), target));
        assertTrue(Direction.LOWER_IS_BETTER.meets(new BigDecimal("17"), new BigDecimal("18")));
        assertFalse(Direction.LOWER_IS_BETTER.meets(new BigDecimal("19"), new BigDecimal("18")));
        assertTrue(Direction.LOWER_IS_BETTER.improved(new BigDecimal("22"), new BigDecimal("20")));
        assertFalse(Direction.HIGHER_IS_BETTER.improved(new BigDecimal("22"), new BigDecimal("20")));
        assertNull(Direction.HIGHER_IS_BETTER.improved(null, new BigDecimal("20")));
    }

    @Test
    void aPeriodIsAMonthOrABoundedRangeOfDays() {
        assertEquals(new Period(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28)), Period.parse("2023-02", "p"));
        assertEquals("2023-02", Period.parse("2023-02", "p").toString());
        assertEquals("2023-04-01/2023-06-30", Period.parse("2023-04-01/2023-06-30", "p").toString());
        for (String bad : List.of("2023-13", "2023-06-30/2023-04-01", "2023-01-01/2024-01-02", "1899-12", "2023", "2023-02-30/2023-03-01", "")) {
            assertEquals("p", assertThrows(InvalidInput.class, () -> Period.parse(bad, "p"), bad).errors().get(0).field());
        }
        assertThrows(InvalidInput.class, () -> Amounts.check(new BigDecimal("1E14"), "v"));
        assertThrows(InvalidInput.class, () -> Amounts.check(new BigDecimal("0.00001"), "v"));
        assertEquals("100", Amounts.check(new BigDecimal("100.000"), "v").toPlainString());
    }

    @Test
    void thePlanAtAnyMomentIsTheReplayOfItsChangesUpToThen() {
        ImprovementPlan plan = ImprovementPlan.started(UUID.randomUUID(), "E06000021", "admin", T0);
        UUID action = UUID.randomUUID();
        UUID measure = UUID.randomUUID();
        List<PlanChange> history = new ArrayList<>();
        ActionDraft d = new ActionDraft("Audit every plan", JourneyStage.HELP_AND_PROTECTION, OwnerKind.ROLE,
                "DIRECTOR_OF_CHILDRENS_SERVICES", LocalDate.of(2023, 9, 30));
        history.add(PlanChange.action(plan, plan.nextRevision("admin", T0, null), true, action, d));
        history.add(PlanChange.measure(plan, plan.nextRevision("admin", T0, null), true, measure,
                new MeasureDraft("Caseload per social worker", "cases", new BigDecimal("18"), Direction.LOWER_IS_BETTER)));
        history.add(PlanChange.status(plan, plan.nextRevision("dcs", T0.plusDays(10), null),
                StatusUpdate.of(action, ActionStatus.ON_TRACK, "12 audited", "")));
        Source report = new Source(UUID.randomUUID(), 2);
        history.add(PlanChange.value(plan, plan.nextRevision("commissioner", T0.plusDays(20), report),
                ValueUpdate.of(measure, "2023-03", new BigDecimal("22"), "")));
        history.add(PlanChange.value(plan, plan.nextRevision("commissioner", T0.plusDays(40), null),
                ValueUpdate.of(measure, "2023-04", new BigDecimal("20"), "")));
        history.add(PlanChange.value(plan, plan.nextRevision("commissioner", T0.plusDays(41), null),
                ValueUpdate.of(measure, "2023-03", new BigDecimal("21.5"), "")));

        PlanState early = PlanState.replay(history.subList(0, 2));
        assertEquals(2, early.revision());
        assertEquals(ActionStatus.NOT_STARTED, early.action(action).status());
        assertTrue(early.measure(measure).values().isEmpty());

        PlanState mid = PlanState.replay(history.subList(0, 4));
        assertEquals(ActionStatus.ON_TRACK, mid.action(action).status());
        assertEquals("12 audited", mid.action(action).evidence());
        assertEquals(report, mid.measure(measure).values().get(0).source());

        PlanState now = PlanState.replay(history);
        assertEquals(6, now.revision());
        assertEquals(2, now.action(action).history.size());
        List<PlanState.ValueEntry> values = now.measure(measure).values();
        assertEquals(List.of("2023-03", "2023-04"), values.stream().map(v -> v.period().toString()).toList());
        assertEquals(new BigDecimal("21.5"), values.get(0).value(), "a later value for a period supersedes the earlier one");
        assertNull(values.get(0).source());
        assertThrows(NotFound.class, () -> now.action(UUID.randomUUID()));
        assertThrows(IllegalStateException.class, () -> now.apply(history.get(0)), "a change must follow the last");
    }

    @Test
    void planUpdatesInASectionHaveOneSmallShape() throws Exception {
        UUID a = UUID.randomUUID();
        UUID m = UUID.randomUUID();
        PlanUpdates u = PlanUpdates.parse(JSON.readTree("{\"actions\":[{\"actionId\":\"" + a + "\",\"status\":\"AT_RISK\",\"evidence\":\"Slow\"}],"
                + "\"measures\":[{\"measureId\":\"" + m + "\",\"period\":\"2023-05\",\"value\":61.25}]}"), "s.planUpdates");
        assertEquals(ActionStatus.AT_RISK, u.actions().get(0).status());
        assertEquals(new BigDecimal("61.25"), u.measures().get(0).value());
        assertEquals(u, PlanUpdates.read(JSON.writeValueAsString(JSON.readTree("{\"actions\":[{\"actionId\":\"" + a
                + "\",\"status\":\"AT_RISK\",\"evidence\":\"Slow\"}],\"measures\":[{\"measureId\":\"" + m
                + "\",\"period\":\"2023-05\",\"value\":61.25}]}")), "s"));
        assertField("s.planUpdates.colour", "{\"colour\":1}");
        assertField("s.planUpdates.actions[0].evidence", "{\"actions\":[{\"actionId\":\"" + a + "\",\"status\":\"DONE\"}]}");
        assertField("s.planUpdates.actions[0].status", "{\"actions\":[{\"actionId\":\"" + a + "\",\"status\":\"FINISHED\",\"evidence\":\"x\"}]}");
        assertField("s.planUpdates.actions[1].actionId", "{\"actions\":[{\"actionId\":\"" + a + "\",\"status\":\"DONE\",\"evidence\":\"x\"},"
                + "{\"actionId\":\"" + a + "\",\"status\":\"AT_RISK\",\"evidence\":\"y\"}]}");
        assertField("s.planUpdates.measures[0].value", "{\"measures\":[{\"measureId\":\"" + m + "\",\"period\":\"2023-05\",\"value\":\"61\"}]}");
        assertField("s.planUpdates.measures[0].period", "{\"measures\":[{\"measureId\":\"" + m + "\",\"period\":\"May\",\"value\":61}]}");
        assertField("s.planUpdates.measures", "{\"measures\":{}}");
        assertField("s.planUpdates", "[1]");
    }

    private static void assertField(String field, String json) throws Exception {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PlanUpdates.parse(JSON.readTree(json), "s.planUpdates"), json);
        assertEquals(field, e.errors().get(0).field(), json);
    }
}
