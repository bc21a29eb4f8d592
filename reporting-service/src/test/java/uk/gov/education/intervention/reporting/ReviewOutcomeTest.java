package uk.gov.education.intervention.reporting;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewRecommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A review outcome's own rules, without a database. */
class ReviewOutcomeTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 2, 10);
    private static final ReviewOutcome.Leader COMMISSIONER =
            new ReviewOutcome.Leader("CHILDRENS_SERVICES_COMMISSIONER", "a-1", "PERSON", "p-1", "Eleanor Brazil");
    private static final ReviewOutcome.Review REVIEW = new ReviewOutcome.Review("E06000021",
            "E06000021-2019-10-31.performance-review.2020-01-31", "E06000021-2019-10-31/performance-review", "E06000021-2019-10-31",
            "PERFORMANCE_REVIEW", LocalDate.of(2020, 1, 31));

    private static ReviewOutcome.Finding finding(LocalDate heldOn, boolean sufficient, String summary) {
        return new ReviewOutcome.Finding(heldOn, COMMISSIONER, sufficient, ReviewRecommendation.CONTINUE, summary);
    }

    private static ReviewOutcome recorded() {
        return ReviewOutcome.recorded(UUID.randomUUID(), REVIEW, finding(LocalDate.of(2020, 1, 30), true, " steady "), TODAY,
                "dev-admin", OffsetDateTime.of(2020, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void aRecordedOutcomeKeepsTheReviewAndItsFinding() {
        ReviewOutcome o = recorded();
        assertEquals("E06000021-2019-10-31/performance-review", o.dutyId);
        assertEquals("steady", o.summary);
        assertEquals("a-1", o.snapshot().ledBy().appointmentId());
        assertEquals("CONTINUE", o.snapshot().recommendation());
        assertEquals(LocalDate.of(2019, 10, 31), o.directionDate());
    }

    @Test
    void aCorrectionSaysWhetherAnythingChanged() {
        ReviewOutcome o = recorded();
        assertFalse(o.correct(finding(LocalDate.of(2020, 1, 30), true, "steady"), TODAY));
        assertTrue(o.correct(finding(LocalDate.of(2020, 1, 30), false, ""), TODAY));
        assertFalse(o.sufficientProgress);
        assertNull(o.summary);
    }

    @Test
    void aReviewNotYetHeldHasNoOutcome() {
        ReviewOutcome o = recorded();
        InvalidInput e = assertThrows(InvalidInput.class, () -> o.correct(finding(TODAY.plusDays(1), false, null), TODAY));
        assertEquals("heldOn", e.errors().get(0).field());
        assertTrue(o.sufficientProgress, "a refused correction changes nothing");
    }

    @Test
    void aReviewIsNotHeldBeforeItsDirection() {
        ReviewOutcome o = recorded();
        InvalidInput e = assertThrows(InvalidInput.class, () -> o.correct(finding(LocalDate.of(2019, 10, 30), true, null), TODAY));
        assertEquals("heldOn: must not be before the direction's date, 2019-10-31", e.detail());
        assertEquals(LocalDate.of(2020, 1, 30), o.heldOn);
    }
}
