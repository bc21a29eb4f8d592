package uk.gov.education.intervention.reporting.improvement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change to a plan, never altered: an action added or revised or its status changed (with the evidence),
 * a measure added or revised or a value recorded for a period. The columns a kind does not use stay empty.
 */
@Entity
@Table(name = "plan_change")
public class PlanChange {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "council_gss", nullable = false)
    public String councilGss;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeKind kind;

    /** The action or measure changed. */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "source_submission_id")
    public UUID sourceSubmissionId;

    @Column(name = "source_version")
    public Integer sourceVersion;

    @Column
    public String statement;

    @Enumerated(EnumType.STRING)
    @Column
    public JourneyStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    public OwnerKind ownerKind;

    @Column(name = "owner_reference")
    public String ownerReference;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column
    public ActionStatus status;

    @Column
    public String evidence;

    @Column
    public String name;

    @Column
    public String unit;

    @Column
    public BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column
    public Direction direction;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column
    public BigDecimal value;

    /** An action added (NOT_STARTED) or revised. */
    public static PlanChange action(ImprovementPlan plan, Stamp stamp, boolean added, UUID actionId, ActionDraft d) {
        PlanChange c = of(plan, stamp, added ? ChangeKind.ACTION_ADDED : ChangeKind.ACTION_REVISED, actionId);
        c.statement = d.statement();
        c.stage = d.stage();
        c.ownerKind = d.ownerKind();
        c.ownerReference = d.ownerReference();
        c.targetDate = d.targetDate();
        if (added) {
            c.status = ActionStatus.NOT_STARTED;
        }
        return c;
    }

    public static PlanChange status(ImprovementPlan plan, Stamp stamp, StatusUpdate u) {
        PlanChange c = of(plan, stamp, ChangeKind.ACTION_STATUS, u.actionId());
        c.status = u.status();
        c.evidence = u.evidence();
        return c;
    }

    /** A measure added or revised. */
    public static PlanChange measure(ImprovementPlan plan, Stamp stamp, boolean added, UUID measureId, MeasureDraft d) {
        PlanChange c = of(plan, stamp, added ? ChangeKind.MEASURE_ADDED : ChangeKind.MEASURE_REVISED, measureId);
        c.name = d.name();
        c.unit = d.unit();
        c.target = d.target();
        c.direction = d.direction();
        return c;
    }

    public static PlanChange value(ImprovementPlan plan, Stamp stamp, ValueUpdate u) {
        PlanChange c = of(plan, stamp, ChangeKind.MEASURE_VALUE, u.measureId());
        c.periodStart = u.period().start();
        c.periodEnd = u.period().end();
        c.value = u.value();
        return c;
    }

    public Source source() {
        return sourceSubmissionId == null ? null : new Source(sourceSubmissionId, sourceVersion);
    }

    public Period period() {
        return periodStart == null ? null : new Period(periodStart, periodEnd);
    }

    private static PlanChange of(ImprovementPlan plan, Stamp stamp, ChangeKind kind, UUID subject) {
        PlanChange c = new PlanChange();
        c.id = UUID.randomUUID();
        c.planId = plan.id;
        c.councilGss = plan.councilGss;
        c.revision = stamp.revision();
        c.kind = kind;
        c.subjectId = subject;
        c.recordedBy = stamp.by();
        c.recordedAt = stamp.at();
        if (stamp.source() != null) {
            c.sourceSubmissionId = stamp.source().submissionId();
            c.sourceVersion = stamp.source().version();
        }
        return c;
    }
}
