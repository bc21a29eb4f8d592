package uk.gov.education.intervention.reporting.reviewoutcome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.education.intervention.platform.domain.InvalidInput;

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

    /** Who led a review: the appointment councils-service records for the role on the day it was held. */
    public record Leader(String roleCode, String appointmentId, String holderKind, String holderId, String holderName) {
    }

    /** What a review found, and when and by whom it was held. */
    public record Finding(LocalDate heldOn, Leader leader, boolean sufficientProgress, ReviewRecommendation recommendation,
                          String summary) {
    }

    /** The review a duty requires that an outcome records. */
    public record Review(String councilGss, String dueItemId, String dutyId, String directionReference, String kind, LocalDate dueOn) {
    }

    /** The outcome of a review as first recorded. */
    public static ReviewOutcome recorded(UUID id, Review review, Finding finding, LocalDate today, String recordedBy,
                                         OffsetDateTime recordedAt) {
        ReviewOutcome o = new ReviewOutcome();
        o.id = id;
        o.councilGss = review.councilGss();
        o.dueItemId = review.dueItemId();
        o.dutyId = review.dutyId();
        o.directionReference = review.directionReference();
        o.kind = review.kind();
        o.dueOn = review.dueOn();
        o.apply(finding, today);
        o.recordedBy = recordedBy;
        o.recordedAt = recordedAt;
        return o;
    }

    /** Replaces the finding with a corrected one; says whether anything changed. */
    public boolean correct(Finding finding, LocalDate today) {
        Snapshot before = snapshot();
        apply(finding, today);
        return !before.equals(snapshot());
    }

    /** A review is recorded once held: not on a day after today. */
    public static void requireHeldBy(LocalDate heldOn, LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw new InvalidInput("heldOn", "must not be after today (" + today + "): a review not yet held has no outcome");
        }
    }

    /** A review the direction requires is held on or after the direction's date. */
    public static void requireHeldSince(LocalDate heldOn, LocalDate directionDate) {
        if (directionDate != null && heldOn.isBefore(directionDate)) {
            throw new InvalidInput("heldOn", "must not be before the direction's date, " + directionDate);
        }
    }

    /** The direction's date, from its reference ({@code {council}-{date}}). */
    public LocalDate directionDate() {
        return LocalDate.parse(directionReference.substring(10));
    }

    private void apply(Finding f, LocalDate today) {
        requireHeldBy(f.heldOn(), today);
        requireHeldSince(f.heldOn(), directionDate());
        heldOn = f.heldOn();
        ledByRole = f.leader().roleCode();
        ledByAppointmentId = f.leader().appointmentId();
        ledByHolderKind = f.leader().holderKind();
        ledByHolderId = f.leader().holderId();
        ledByHolderName = f.leader().holderName();
        sufficientProgress = f.sufficientProgress();
        recommendation = f.recommendation();
        summary = f.summary() == null || f.summary().isBlank() ? null : f.summary().strip();
    }

    public Snapshot snapshot() {
        return new Snapshot(id, councilGss, dueItemId, dutyId, directionReference, kind, dueOn, heldOn,
                new Leader(ledByRole, ledByAppointmentId, ledByHolderKind, ledByHolderId, ledByHolderName),
                sufficientProgress, recommendation.name(), summary, recordedBy, recordedAt);
    }

    /** The outcome as its history records it, field for field as the API shows it. */
    public record Snapshot(UUID id, String councilGssCode, String dueItemId, String dutyId, String directionReference, String kind,
                           LocalDate dueOn, LocalDate heldOn, Leader ledBy, boolean sufficientProgress, String recommendation,
                           String summary, String recordedBy, OffsetDateTime recordedAt) {
    }
}
