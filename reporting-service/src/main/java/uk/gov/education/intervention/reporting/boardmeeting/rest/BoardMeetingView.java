package uk.gov.education.intervention.reporting.boardmeeting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.boardmeeting.domain.BoardMeeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "BoardMeeting", description = "A meeting of a council's Improvement Board. Duties owed to each meeting fall due on its date.")
public record BoardMeetingView(
        UUID id,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(example = "2019-11-28") LocalDate meetsOn,
        @Schema(example = "HELD") String status,
        @Schema(nullable = true) String notes,
        @Schema(nullable = true) String cancelReason,
        @Schema(example = "dev-commissioner@example.invalid") String recordedBy,
        OffsetDateTime recordedAt) {

    public static BoardMeetingView of(BoardMeeting m) {
        BoardMeeting.Snapshot s = m.snapshot();
        return new BoardMeetingView(s.id(), s.councilGssCode(), s.meetsOn(), s.status(), s.notes(), s.cancelReason(), s.recordedBy(),
                s.recordedAt());
    }
}
