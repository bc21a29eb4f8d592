package uk.gov.education.intervention.reporting.boardmeeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
}
