package uk.gov.education.intervention.reporting.reviewoutcome.domain;

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
 * The outcome of one review a direction requires (a due item of a duty of a review kind): when it
 * was held, who led it (the appointment councils-service records for the leader on that day) and its
 * finding. Corrected with If-Match, never deleted.
 */
@Entity
@Table(name = "review_outcome")
public class ReviewOutcome {

    @Id
    public UUID id;

    @Column(name = "council_gss", nullable = false)
    public String councilGss;

    @Column(name = "due_item_id", nullable = false)
    public String dueItemId;

    @Column(name = "duty_id", nullable = false)
    public String dutyId;

    @Column(name = "direction_reference", nullable = false)
    public String directionReference;

    @Column(nullable = false)
    public String kind;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "led_by_role", nullable = false)
    public String ledByRole;

    @Column(name = "led_by_appointment_id", nullable = false)
    public String ledByAppointmentId;

    @Column(name = "led_by_holder_kind")
    public String ledByHolderKind;

    @Column(name = "led_by_holder_id")
    public String ledByHolderId;

    @Column(name = "led_by_holder_name")
    public String ledByHolderName;

    @Column(name = "sufficient_progress", nullable = false)
    public boolean sufficientProgress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewRecommendation recommendation;

    @Column
    public String summary;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;
}
