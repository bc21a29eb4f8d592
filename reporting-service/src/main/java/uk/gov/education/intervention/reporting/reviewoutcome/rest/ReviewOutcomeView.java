package uk.gov.education.intervention.reporting.reviewoutcome.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.reviewoutcome.domain.ReviewOutcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "ReviewOutcome", description = "The outcome of a review a direction requires: when it was held, who led it "
        + "(as councils-service records the appointment) and what it found.")
public record ReviewOutcomeView(
        UUID id,
        @Schema(example = "E06000021") String councilGssCode,
        @Schema(example = "E06000021-2019-10-31.performance-review.2020-01-31") String dueItemId,
        @Schema(example = "E06000021-2019-10-31/performance-review") String dutyId,
        @Schema(example = "E06000021-2019-10-31") String directionReference,
        @Schema(description = "The duty's kind.", example = "PERFORMANCE_REVIEW") String kind,
        @Schema(description = "The day the review fell due.", example = "2020-01-31") LocalDate dueOn,
        @Schema(example = "2020-01-30") LocalDate heldOn,
        Leader ledBy,
        boolean sufficientProgress,
        @Schema(example = "CONTINUE") String recommendation,
        @Schema(nullable = true) String summary,
        @Schema(example = "dev-commissioner.E06000021@example.invalid") String recordedBy,
        OffsetDateTime recordedAt) {

    public static ReviewOutcomeView of(ReviewOutcome o) {
        ReviewOutcome.Snapshot s = o.snapshot();
        ReviewOutcome.Leader l = s.ledBy();
        return new ReviewOutcomeView(s.id(), s.councilGssCode(), s.dueItemId(), s.dutyId(), s.directionReference(), s.kind(), s.dueOn(),
                s.heldOn(), new Leader(l.roleCode(), l.appointmentId(), l.holderKind(), l.holderId(), l.holderName()),
                s.sufficientProgress(), s.recommendation(), s.summary(), s.recordedBy(), s.recordedAt());
    }

    @Schema(name = "ReviewLeaderRef", description = "The appointment of the review's leader, as councils-service gave it on the day "
            + "the outcome was recorded (its holder's name may be absent).")
    public record Leader(@Schema(example = "CHILDRENS_SERVICES_COMMISSIONER") String roleCode,
                         @Schema(example = "d0000000-0000-4000-8000-000000000002") String appointmentId,
                         @Schema(example = "PERSON", nullable = true) String holderKind,
                         @Schema(nullable = true) String holderId,
                         @Schema(example = "Eleanor Brazil OBE", nullable = true) String holderName) {
    }
}
