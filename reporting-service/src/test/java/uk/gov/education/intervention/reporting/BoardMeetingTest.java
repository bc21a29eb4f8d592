package uk.gov.education.intervention.reporting;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.Conflict;
import uk.gov.education.intervention.reporting.boardmeeting.domain.BoardMeeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A board meeting's own rules, without a database. */
class BoardMeetingTest {

    private static BoardMeeting meeting(String notes) {
        return BoardMeeting.held(UUID.randomUUID(), "E06000021", LocalDate.of(2019, 11, 28), notes, "dev-admin",
                OffsetDateTime.of(2019, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void aRecordedMeetingIsHeldWithItsNotesTidied() {
        BoardMeeting m = meeting("  chaired by the Commissioner ");
        assertEquals(BoardMeeting.Status.HELD, m.status);
        assertEquals("chaired by the Commissioner", m.notes);
        assertNull(meeting("   ").notes);
    }

    @Test
    void cancellingKeepsTheReasonAndChangesTheSnapshot() {
        BoardMeeting m = meeting(null);
        BoardMeeting.Snapshot before = m.snapshot();
        m.cancel(" recorded in error ");
        assertEquals(BoardMeeting.Status.CANCELLED, m.status);
        assertEquals("recorded in error", m.cancelReason);
        assertEquals("HELD", before.status());
        assertEquals("CANCELLED", m.snapshot().status());
        assertEquals("E06000021", m.snapshot().councilGssCode());
    }

    @Test
    void aCancelledMeetingCannotBeCancelledAgain() {
        BoardMeeting m = meeting(null);
        m.cancel("wrong day");
        Conflict c = assertThrows(Conflict.class, () -> m.cancel("again"));
        assertEquals("board-meeting-cancelled", c.slug());
        assertEquals("wrong day", m.cancelReason);
    }

    @Test
    void aCancellationStatesItsReason() {
        BoardMeeting m = meeting(null);
        assertThrows(IllegalArgumentException.class, () -> m.cancel(" "));
        assertEquals(BoardMeeting.Status.HELD, m.status);
    }
}
