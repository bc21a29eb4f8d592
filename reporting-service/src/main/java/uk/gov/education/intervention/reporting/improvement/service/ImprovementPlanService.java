package uk.gov.education.intervention.reporting.improvement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.education.intervention.platform.audit.AuditLog;
import uk.gov.education.intervention.platform.domain.ExpectedVersion;
import uk.gov.education.intervention.reporting.access.service.PlanAccess;
import uk.gov.education.intervention.reporting.improvement.domain.ActionDraft;
import uk.gov.education.intervention.reporting.improvement.domain.ImprovementPlan;
import uk.gov.education.intervention.reporting.improvement.domain.MeasureDraft;
import uk.gov.education.intervention.reporting.improvement.domain.PlanChange;
import uk.gov.education.intervention.reporting.improvement.domain.PlanState;
import uk.gov.education.intervention.reporting.improvement.domain.Stamp;
import uk.gov.education.intervention.reporting.improvement.domain.StatusUpdate;
import uk.gov.education.intervention.reporting.improvement.domain.ValueUpdate;
import uk.gov.education.intervention.reporting.improvement.repository.ImprovementPlanRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * A council's improvement plan: started, its actions and measures added and revised, statuses changed
 * with their evidence and values recorded, each change a new revision (see {@link PlanLedger}); read as it
 * stands or as it stood at the end of any day. Who reads and who changes it is {@link PlanAccess}'s to say.
 * Changes that come from accepted reports are {@link ReportedPlanUpdates}'.
 */
@ApplicationScoped
public class ImprovementPlanService {

    /**
     * The plan as it stood: at the end of {@code asOf} (null: now), with whether the reader sees who changed it, and
     * whether this request started it.
     */
    public record PlanRead(ImprovementPlan plan, PlanState state, LocalDate asOf, boolean names, boolean created) {
    }

    /** The plan's audit record when it is started. */
    public record Started(UUID id, String councilGssCode, OffsetDateTime createdAt) {
    }

    @Inject
    ImprovementPlanRepository plans;

    @Inject
    PlanLedger ledger;

    @Inject
    PlanAccess access;

    @Inject
    ActionOwners owners;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Starts the council's plan; one already started is returned as it stands ({@code created} false). */
    @Transactional
    public PlanRead start(String gss) {
        access.requireWriter(gss);
        plans.lockFor("improvement-plan:" + gss);
        var existing = plans.forCouncil(gss);
        if (existing.isPresent()) {
            return new PlanRead(existing.get(), ledger.stateBefore(existing.get(), null), null, access.seesNames(gss), false);
        }
        ImprovementPlan p = ImprovementPlan.started(UUID.randomUUID(), gss, access.actor(), OffsetDateTime.now(clock));
        plans.persistAndFlush(p);
        audit.record(PlanLedger.AUDIT_TYPE, gss, "started", null, new Started(p.id, gss, p.createdAt));
        return new PlanRead(p, ledger.stateBefore(p, null), null, access.seesNames(gss), true);
    }

    /** The plan as it stood at the end of {@code asOf} (UK time), or now. */
    public PlanRead read(String gss, LocalDate asOf) {
        access.requireReader(gss);
        ImprovementPlan p = ledger.require(gss);
        OffsetDateTime before = asOf == null ? null : endOf(asOf);
        return new PlanRead(p, ledger.stateBefore(p, before), asOf, access.seesNames(gss), false);
    }

    @Transactional
    public PlanRead addAction(String gss, ExpectedVersion expected, ActionDraft d) {
        return change(gss, expected, d, l -> {
            l.state().requireRoomForAction();
            return PlanChange.action(l.plan(), next(l), true, UUID.randomUUID(), d);
        });
    }

    @Transactional
    public PlanRead reviseAction(String gss, UUID actionId, ExpectedVersion expected, ActionDraft d) {
        return change(gss, expected, d, l -> {
            l.state().action(actionId);
            return PlanChange.action(l.plan(), next(l), false, actionId, d);
        });
    }

    @Transactional
    public PlanRead changeStatus(String gss, ExpectedVersion expected, StatusUpdate u) {
        return change(gss, expected, l -> {
            l.state().check(u);
            return PlanChange.status(l.plan(), next(l), u);
        });
    }

    @Transactional
    public PlanRead addMeasure(String gss, ExpectedVersion expected, MeasureDraft d) {
        return change(gss, expected, l -> {
            l.state().requireRoomForMeasure();
            return PlanChange.measure(l.plan(), next(l), true, UUID.randomUUID(), d);
        });
    }

    @Transactional
    public PlanRead reviseMeasure(String gss, UUID measureId, ExpectedVersion expected, MeasureDraft d) {
        return change(gss, expected, l -> {
            l.state().measure(measureId);
            return PlanChange.measure(l.plan(), next(l), false, measureId, d);
        });
    }

    @Transactional
    public PlanRead recordValue(String gss, ExpectedVersion expected, ValueUpdate u) {
        return change(gss, expected, l -> {
            l.state().check(u);
            return PlanChange.value(l.plan(), next(l), u);
        });
    }

    /** The start of the day after {@code day}, UK time: what was recorded before it was recorded by the end of {@code day}. */
    public OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private PlanRead change(String gss, ExpectedVersion expected, Function<PlanLedger.Locked, PlanChange> make) {
        return change(gss, expected, null, make);
    }

    /**
     * One change by the caller: access first (a refusal reveals nothing), then the owner of an action added or
     * revised (with councils-service, before the plan is locked, so that no lock waits on another service), then
     * the plan's version, then the rule.
     */
    private PlanRead change(String gss, ExpectedVersion expected, ActionDraft action, Function<PlanLedger.Locked, PlanChange> make) {
        access.requireWriter(gss);
        if (action != null) {
            owners.require(action);
        }
        PlanLedger.Locked l = ledger.lock(gss);
        expected.check(l.plan().version);
        ledger.commit(l, make.apply(l));
        return new PlanRead(l.plan(), l.state(), null, true, false);
    }

    private Stamp next(PlanLedger.Locked l) {
        return l.plan().nextRevision(access.actor(), OffsetDateTime.now(clock), null);
    }
}
