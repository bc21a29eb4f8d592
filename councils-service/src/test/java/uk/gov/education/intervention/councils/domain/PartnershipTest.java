package uk.gov.education.intervention.councils.domain;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.RuleViolation;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PartnershipTest {

    private final Council stoke = Fixtures.council(1, "E06000021", "Stoke-on-Trent City Council");
    private final Organisation stockport = Fixtures.localAuthority("Stockport", Fixtures.council(2, "E08000007", "Stockport"));

    private static Partnership.Terms terms(PartnershipStatus status, LocalDate agreedOn, DateBasis deadlineBasis, String source) {
        return new Partnership.Terms(LocalDate.of(2020, 1, 31), deadlineBasis, agreedOn, null, status, " ", null, source);
    }

    @Test
    void agreedTermsNeedAPartnerAndADate() {
        Partnership p = new Partnership();
        p.arrange(stoke, null, terms(PartnershipStatus.REQUIRED, null, null, null));
        assertEquals(DateBasis.STATED, p.deadlineBasis);
        assertNull(p.instrumentReference);
        assertEquals("partnership-terms", assertThrows(RuleViolation.class,
                () -> p.arrange(stoke, stockport, terms(PartnershipStatus.TERMS_AGREED, null, null, null))).rule());
        assertEquals("partnership-terms", assertThrows(RuleViolation.class,
                () -> p.arrange(stoke, null, terms(PartnershipStatus.IN_PLACE, LocalDate.of(2020, 3, 1), null, null))).rule());
        p.arrange(stoke, stockport, terms(PartnershipStatus.IN_PLACE, LocalDate.of(2020, 3, 1), null, null));
        assertEquals(stockport, p.partner);
    }

    @Test
    void thePartnerIsAnotherCouncilsLocalAuthority() {
        Partnership p = new Partnership();
        Organisation alliance = Fixtures.localAuthority("Alliance", null);
        alliance.kind = OrganisationKind.OTHER;
        assertEquals("partner-is-local-authority", assertThrows(RuleViolation.class,
                () -> p.arrange(stoke, alliance, terms(PartnershipStatus.REQUIRED, null, null, null))).rule());
        Organisation stokeItself = Fixtures.localAuthority("Stoke", stoke);
        assertEquals("partner-is-other-council", assertThrows(RuleViolation.class,
                () -> p.arrange(stoke, stokeItself, terms(PartnershipStatus.REQUIRED, null, null, null))).rule());
    }

    @Test
    void anInferredDeadlineNeedsASourceAndTheCouncilNeverChanges() {
        Partnership p = new Partnership();
        assertEquals("source", assertThrows(InvalidInput.class,
                () -> p.arrange(stoke, null, terms(PartnershipStatus.REQUIRED, null, DateBasis.INFERRED, null))).errors().get(0).field());
        p.arrange(stoke, null, terms(PartnershipStatus.REQUIRED, null, DateBasis.INFERRED, "Direction, 7.d"));
        p.requireCouncil("E06000021");
        assertEquals("councilGssCode", assertThrows(InvalidInput.class, () -> p.requireCouncil("E08000007")).errors().get(0).field());
    }
}
