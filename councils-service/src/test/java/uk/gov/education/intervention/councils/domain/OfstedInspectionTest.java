package uk.gov.education.intervention.councils.domain;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfstedInspectionTest {

    private static OfstedFramework ilacs2018() {
        OfstedFramework fw = new OfstedFramework();
        fw.code = "ILACS_2018";
        fw.inForceFrom = LocalDate.of(2018, 1, 1);
        fw.inForceTo = LocalDate.of(2023, 12, 31);
        for (String code : List.of("HELP_AND_PROTECTION", "IN_CARE")) {
            JudgementArea a = new JudgementArea();
            a.frameworkCode = fw.code;
            a.code = code;
            fw.areas.add(a);
        }
        return fw;
    }

    private static OfstedInspection.Report report(LocalDate start, LocalDate end, LocalDate published,
                                                  List<OfstedInspection.GivenJudgement> judgements) {
        return new OfstedInspection.Report("ILACS_2018", start, null, end, null, published, null, " ", Judgement.GOOD, judgements, null);
    }

    @Test
    void theFrameworkMustBeInForceOnTheFirstKnownDate() {
        OfstedFramework fw = ilacs2018();
        fw.requireInForce(null, null, LocalDate.of(2018, 1, 1));
        fw.requireInForce(LocalDate.of(2023, 12, 1), null, LocalDate.of(2024, 2, 1));
        RuleViolation before = assertThrows(RuleViolation.class, () -> fw.requireInForce(null, LocalDate.of(2017, 12, 31), LocalDate.of(2018, 2, 1)));
        assertEquals("framework-in-force", before.rule());
        assertTrue(before.detail().contains("inspectionEnd is 2017-12-31"));
        assertFalse(before.detail().contains("give inspectionStart"));
        RuleViolation published = assertThrows(RuleViolation.class, () -> fw.requireInForce(null, null, LocalDate.of(2024, 1, 15)));
        assertTrue(published.detail().contains("If it was carried out before 2024-01-01 and published later, give inspectionStart."));
    }

    @Test
    void eachAreaIsTheFrameworksAndJudgedOnce() {
        OfstedFramework fw = ilacs2018();
        fw.requireAreas(List.of("IN_CARE", "HELP_AND_PROTECTION"));
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> fw.requireAreas(List.of("IN_CARE", "CARE_LEAVERS")));
        assertEquals("judgements[1].area", unknown.errors().get(0).field());
        InvalidInput twice = assertThrows(InvalidInput.class, () -> fw.requireAreas(List.of("IN_CARE", "IN_CARE")));
        assertTrue(twice.detail().contains("more than once"));
    }

    @Test
    void recordingChecksTheDatesAndKeepsTheJudgements() {
        OfstedInspection i = OfstedInspection.of(Fixtures.council(1, "E06000021", "Stoke-on-Trent City Council"));
        assertEquals("inspectionEnd", assertThrows(InvalidInput.class, () -> i.record(ilacs2018(),
                report(LocalDate.of(2019, 2, 10), LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 1), List.of()))).errors().get(0).field());
        assertEquals("publishedOn", assertThrows(InvalidInput.class, () -> i.record(ilacs2018(),
                report(null, LocalDate.of(2019, 2, 1), LocalDate.of(2019, 1, 1), List.of()))).errors().get(0).field());
        i.record(ilacs2018(), report(LocalDate.of(2019, 1, 7), LocalDate.of(2019, 1, 18), LocalDate.of(2019, 3, 18),
                List.of(new OfstedInspection.GivenJudgement("IN_CARE", Judgement.INADEQUATE, " Report, p. 3 "))));
        assertEquals(DateBasis.STATED, i.publishedOnBasis);
        assertEquals(1, i.judgements.size());
        assertEquals("Report, p. 3", i.judgements.get(0).source);
        assertEquals(null, i.reportReference);
        assertEquals("ILACS_2018", i.snapshot().framework());
    }

    @Test
    void aWithdrawnInspectionCannotChange() {
        OfstedInspection i = OfstedInspection.of(Fixtures.council(1, "E06000021", "Stoke-on-Trent City Council"));
        i.withdraw("  Recorded in error ");
        assertEquals(InspectionStatus.WITHDRAWN, i.status);
        assertEquals("Recorded in error", i.withdrawnReason);
        assertEquals("inspection-withdrawn", assertThrows(Conflict.class, () -> i.withdraw("again")).slug());
        assertThrows(Conflict.class, i::requireNotWithdrawn);
    }
}
