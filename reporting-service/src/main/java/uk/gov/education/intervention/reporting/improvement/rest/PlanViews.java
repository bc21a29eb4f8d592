package uk.gov.education.intervention.reporting.improvement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.reporting.improvement.domain.ActionStatus;
import uk.gov.education.intervention.reporting.improvement.domain.ChangeKind;
import uk.gov.education.intervention.reporting.improvement.domain.Direction;
import uk.gov.education.intervention.reporting.improvement.domain.JourneyStage;
import uk.gov.education.intervention.reporting.improvement.domain.OwnerKind;
import uk.gov.education.intervention.reporting.improvement.domain.PlanChangeEntry;
import uk.gov.education.intervention.reporting.improvement.domain.PlanState;
import uk.gov.education.intervention.reporting.improvement.domain.Source;
import uk.gov.education.intervention.reporting.improvement.service.ImprovementPlanService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The plan as the API shows it. Who made a change is shown only to those who read the council's reports whole. */
public final class PlanViews {

    /** The most recent periods of a measure a plan view lists (every value stays in the plan's changes). */
    static final int VALUES_SHOWN = 24;

    private PlanViews() {
    }

    @Schema(name = "ImprovementPlan", description = "A council's improvement plan as it stood at the end of asOf (or now).")
    public record PlanView(String councilGssCode, @Schema(nullable = true, example = "2023-06-15") LocalDate asOf,
                    @Schema(description = "Changes made to the plan by then; each change is a revision.", example = "12") int revision,
                    OffsetDateTime createdAt, List<ActionView> actions, List<MeasureView> measures) {
    }

    @Schema(name = "PlanAction")
    public record ActionView(UUID id, String statement, JourneyStage stage, OwnerView owner, LocalDate targetDate, ActionStatus status,
                      @Schema(nullable = true) String evidence, @Schema(description = "The plan revision that last changed it.") int revision,
                      @Schema(description = "Its statuses, oldest first, each with its evidence.") List<StatusView> history) {
    }

    @Schema(name = "PlanActionOwnerView", description = "The owner as given; councils-service held it when the action was "
            + "added or revised (actions recorded before reporting-service 2.2.0 were not checked).")
    public record OwnerView(OwnerKind kind, String reference) {
    }

    @Schema(name = "PlanActionStatus")
    public record StatusView(ActionStatus status, @Schema(nullable = true) String evidence, int revision, OffsetDateTime recordedAt,
                      @Schema(nullable = true) String recordedBy, @Schema(nullable = true) SourceView source) {
    }

    @Schema(name = "PlanChangeSource", description = "The accepted report a change came from.")
    public record SourceView(UUID submissionId, int version, String href) {
    }

    @Schema(name = "PlanMeasure")
    public record MeasureView(UUID id, String name, String unit, BigDecimal target, Direction direction, int revision,
                       @Schema(nullable = true, description = "The value of the latest period.") ValueView latest,
                       @Schema(nullable = true, description = "Whether the latest value meets the target.") Boolean meetsTarget,
                       @Schema(nullable = true, description = "Whether the latest value improves on the period before it.") Boolean improving,
                       @Schema(description = "The latest value of each of the most recent 24 periods, earliest first.") List<ValueView> values) {
    }

    @Schema(name = "PlanMeasureValue")
    public record ValueView(String period, LocalDate periodStart, LocalDate periodEnd, BigDecimal value, int revision, OffsetDateTime recordedAt,
                     @Schema(nullable = true) String recordedBy, @Schema(nullable = true) SourceView source) {
    }

    @Schema(name = "PlanChange", description = "One change to the plan; the fields its kind does not use are absent (null).")
    public record ChangeView(int revision, ChangeKind kind, @Schema(nullable = true) UUID actionId, @Schema(nullable = true) UUID measureId,
                      OffsetDateTime recordedAt, @Schema(nullable = true) String recordedBy, @Schema(nullable = true) SourceView source,
                      @Schema(nullable = true) String statement, @Schema(nullable = true) JourneyStage stage,
                      @Schema(nullable = true) OwnerView owner, @Schema(nullable = true) LocalDate targetDate,
                      @Schema(nullable = true) ActionStatus status, @Schema(nullable = true) String evidence,
                      @Schema(nullable = true) String name, @Schema(nullable = true) String unit,
                      @Schema(nullable = true) BigDecimal target, @Schema(nullable = true) Direction direction,
                      @Schema(nullable = true) String period, @Schema(nullable = true) BigDecimal value) {
    }

    static PlanView plan(ImprovementPlanService.PlanRead r) {
        return new PlanView(r.plan().councilGss, r.asOf(), r.state().revision(), r.plan().createdAt,
                r.state().actions().stream().map(a -> action(a, r.names())).toList(),
                r.state().measures().stream().map(m -> measure(m, r.names())).toList());
    }

    static ActionView action(PlanState.Action a, boolean names) {
        return new ActionView(a.id, a.statement, a.stage, new OwnerView(a.ownerKind, a.ownerReference), a.targetDate, a.status(),
                a.evidence(), a.revision, a.history.stream().map(h -> new StatusView(h.status(), h.evidence(), h.revision(), h.at(),
                names ? h.by() : null, source(h.source()))).toList());
    }

    static MeasureView measure(PlanState.Measure m, boolean names) {
        List<PlanState.ValueEntry> all = m.values();
        List<PlanState.ValueEntry> shown = all.subList(Math.max(0, all.size() - VALUES_SHOWN), all.size());
        PlanState.ValueEntry latest = all.isEmpty() ? null : all.get(all.size() - 1);
        PlanState.ValueEntry before = all.size() < 2 ? null : all.get(all.size() - 2);
        return new MeasureView(m.id, m.name, m.unit, m.target, m.direction, m.revision, latest == null ? null : value(latest, names),
                latest == null ? null : m.direction.meets(latest.value(), m.target),
                latest == null || before == null ? null : m.direction.improved(before.value(), latest.value()),
                shown.stream().map(v -> value(v, names)).toList());
    }

    static ChangeView change(PlanChangeEntry c, boolean names) {
        boolean ofAction = c.kind().ofAction();
        return new ChangeView(c.revision(), c.kind(), ofAction ? c.subjectId() : null, ofAction ? null : c.subjectId(), c.recordedAt(),
                names ? c.recordedBy() : null, source(c.source()), c.statement(), c.stage(),
                c.ownerKind() == null ? null : new OwnerView(c.ownerKind(), c.ownerReference()), c.targetDate(), c.status(), c.evidence(),
                c.name(), c.unit(), c.target(), c.direction(), c.period() == null ? null : c.period().toString(), c.value());
    }

    private static ValueView value(PlanState.ValueEntry v, boolean names) {
        return new ValueView(v.period().toString(), v.period().start(), v.period().end(), v.value(), v.revision(), v.at(),
                names ? v.by() : null, source(v.source()));
    }

    private static SourceView source(Source s) {
        return s == null ? null : new SourceView(s.submissionId(), s.version(),
                "/v1/submissions/" + s.submissionId() + "/versions/" + s.version());
    }
}
