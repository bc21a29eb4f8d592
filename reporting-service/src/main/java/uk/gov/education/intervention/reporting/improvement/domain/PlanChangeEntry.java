package uk.gov.education.intervention.reporting.improvement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change to a council's plan as others read it (a timeline, a notification): what it changed
 * ({@code subjectId}: the action or measure), when, by whom, from which accepted report, and what it says.
 * Fields a kind does not use are null.
 */
public record PlanChangeEntry(String councilGss, int revision, ChangeKind kind, UUID subjectId, OffsetDateTime recordedAt,
                              String recordedBy, Source source, String statement, JourneyStage stage, OwnerKind ownerKind,
                              String ownerReference, LocalDate targetDate, ActionStatus status, String evidence, String name,
                              String unit, BigDecimal target, Direction direction, Period period, BigDecimal value) {

    public static PlanChangeEntry of(PlanChange c) {
        return new PlanChangeEntry(c.councilGss, c.revision, c.kind, c.subjectId, c.recordedAt, c.recordedBy, c.source(),
                c.statement, c.stage, c.ownerKind, c.ownerReference, c.targetDate, c.status, c.evidence, c.name, c.unit, c.target,
                c.direction, c.period(), c.value);
    }
}
