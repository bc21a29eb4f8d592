package uk.gov.education.intervention.reporting.improvement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.reporting.improvement.domain.ChangeKind;
import uk.gov.education.intervention.reporting.improvement.domain.ImprovementPlan;
import uk.gov.education.intervention.reporting.improvement.domain.PlanChange;
import uk.gov.education.intervention.reporting.improvement.domain.PlanState;
import uk.gov.education.intervention.reporting.improvement.repository.ImprovementPlanRepository;
import uk.gov.education.intervention.reporting.improvement.repository.PlanChangeRepository;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Reads a plan's state from its history and writes its changes: each one a new revision, stored, applied
 * and recorded in the audit log (entity {@value #AUDIT_TYPE}, id the council's GSS code) as the action or
 * measure stood before and after it. Writers call it inside their transaction.
 */
@ApplicationScoped
public class PlanLedger {

    public static final String AUDIT_TYPE = "improvement-plan";

    /** A plan locked for a change, with its state. */
    public record Locked(ImprovementPlan plan, PlanState state) {
    }

    @Inject
    ImprovementPlanRepository plans;

    @Inject
    PlanChangeRepository changes;

    @Inject
    AuditLog audit;

    public ImprovementPlan require(String gss) {
        return plans.forCouncil(gss).orElseThrow(() -> noPlan(gss));
    }

    /** The council's plan locked until the transaction ends, as it stands; 404 when the council has none. */
    public Locked lock(String gss) {
        ImprovementPlan plan = plans.forCouncilForUpdate(gss).orElseThrow(() -> noPlan(gss));
        return new Locked(plan, PlanState.replay(changes.upTo(plan.id, null)));
    }

    /** The plan as it stood before a moment (null: now). */
    public PlanState stateBefore(ImprovementPlan plan, OffsetDateTime moment) {
        return PlanState.replay(changes.upTo(plan.id, moment));
    }

    /** Stores a change made from the locked plan (it took the plan's next revision), applies it and audits it. */
    public void commit(Locked l, PlanChange c) {
        Object before = added(c) ? null : snapshot(l.state(), c);
        changes.persist(c);
        l.state().apply(c);
        plans.flush();
        audit.record(AUDIT_TYPE, l.plan().councilGss, c.kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), before,
                snapshot(l.state(), c));
    }

    private static boolean added(PlanChange c) {
        return c.kind == ChangeKind.ACTION_ADDED || c.kind == ChangeKind.MEASURE_ADDED;
    }

    private static Object snapshot(PlanState s, PlanChange c) {
        return c.kind.ofAction() ? s.action(c.subjectId).snapshot() : s.measure(c.subjectId).snapshot(c.period());
    }

    static NotFound noPlan(String gss) {
        return new NotFound("Improvement plan of council", gss);
    }
}
