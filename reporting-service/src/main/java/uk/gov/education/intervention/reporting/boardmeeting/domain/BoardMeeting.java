package uk.gov.education.intervention.reporting.boardmeeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.education.intervention.platform.domain.Conflict;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting of a council's Improvement Board. Duties owed 'to each meeting of the Improvement
 * Board' fall due on the date of each meeting recorded here. A meeting recorded in error is
 * cancelled, never deleted.
 */
@Entity
@Table(name = "board_meeting")
public class BoardMeeting {

    public enum Status { HELD, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "council_gss", nullable = false)
    public String councilGss;

    @Column(name = "meets_on", nullable = false)
    public LocalDate meetsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column
    public String notes;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;

    /** A meeting as recorded: held, with its notes stripped (none when blank). */
    public static BoardMeeting held(UUID id, String councilGss, LocalDate meetsOn, String notes, String recordedBy,
                                    OffsetDateTime recordedAt) {
        BoardMeeting m = new BoardMeeting();
        m.id = id;
        m.councilGss = councilGss;
        m.meetsOn = meetsOn;
        m.status = Status.HELD;
        m.notes = notes == null || notes.isBlank() ? null : notes.strip();
        m.recordedBy = recordedBy;
        m.recordedAt = recordedAt;
        return m;
    }

    /** Refuses a change to a meeting already cancelled. */
    public void requireHeld() {
        if (status == Status.CANCELLED) {
            throw new Conflict("board-meeting-cancelled", "Board meeting " + id + " is already cancelled.");
        }
    }

    /** Marks the meeting cancelled, for a stated reason; a cancelled meeting stays cancelled. */
    public void cancel(String reason) {
        requireHeld();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a cancellation states its reason");
        }
        status = Status.CANCELLED;
        cancelReason = reason.strip();
    }

    public Snapshot snapshot() {
        return new Snapshot(id, councilGss, meetsOn, status.name(), notes, cancelReason, recordedBy, recordedAt);
    }

    /** The meeting as its history records it, field for field as the API shows it. */
    public record Snapshot(UUID id, String councilGssCode, LocalDate meetsOn, String status, String notes, String cancelReason,
                           String recordedBy, OffsetDateTime recordedAt) {
    }
}
