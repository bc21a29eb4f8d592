package uk.gov.education.intervention.reporting.improvement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.domain.NotFound;
import uk.gov.education.intervention.platform.domain.RuleViolation;
import uk.gov.education.intervention.reporting.improvement.domain.ImprovementPlan;
import uk.gov.education.intervention.reporting.improvement.domain.PlanChange;
import uk.gov.education.intervention.reporting.improvement.domain.PlanState;
import uk.gov.education.intervention.reporting.improvement.domain.PlanUpdates;
import uk.gov.education.intervention.reporting.improvement.domain.Source;
import uk.gov.education.intervention.reporting.improvement.domain.Stamp;
import uk.gov.education.intervention.reporting.improvement.domain.StatusUpdate;
import uk.gov.education.intervention.reporting.improvement.domain.ValueUpdate;
import uk.gov.education.intervention.reporting.improvement.repository.ImprovementPlanRepository;
import uk.gov.education.intervention.reporting.submission.domain.Section;
import uk.gov.education.intervention.reporting.submission.domain.Submission;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionEvent;
import uk.gov.education.intervention.reporting.submission.domain.SubmissionVersion;

import java.util.List;

/**
 * The plan updates reports carry ({@link PlanUpdates}, in a section's {@code planUpdates}). When a version is
 * pushed, the sections it writes are checked against the council's plan as it stands (a 422 refuses the whole
 * push, and nothing is stored); when a report is accepted, the updates of every section of the accepted version
 * land in the plan in the same transaction, each a revision naming the report and version it came from. A
 * returned report changes nothing. An update that no longer applies on acceptance (the action was marked DONE
 * since, say) refuses the acceptance (422 {@code plan-update-stale}): the reviewer returns the report instead.
 * <p>
 * Plan updates change an action's status and record a measure's values; they never add an action or revise one,
 * so no owner comes into the plan from a report and none is checked here (owners are {@link ActionOwners}', when
 * an action is added or revised directly). Were reports to add or revise actions, their owners would have to be
 * checked here twice, when pushed (so that a reviewer never accepts a report that cannot be applied) and again
 * on acceptance, before anything lands (so that acceptance never half-applies).
 */
@ApplicationScoped
public class ReportedPlanUpdates {

    @Inject
    ImprovementPlanRepository plans;

    @Inject
    PlanLedger ledger;

    void onReport(@Observes SubmissionEvent e) {
        if (e.kind() == SubmissionEvent.Kind.RECEIVED) {
            check(e);
        } else if (e.kind() == SubmissionEvent.Kind.ACCEPTED) {
            apply(e);
        }
    }

    /** Each section the pushed version wrote, in turn, against the plan as the sections before it would leave it. */
    private void check(SubmissionEvent e) {
        Submission s = e.submission();
        List<Section> written = carrying(s, e.versionNumber(), true);
        if (written.isEmpty()) {
            return;
        }
        List<PlanUpdates> updates = written.stream().map(sec -> PlanUpdates.read(sec.planUpdates, field(sec))).toList();
        ImprovementPlan plan = plans.forCouncil(s.councilGss).orElseThrow(() -> new RuleViolation("no-improvement-plan",
                "The council has no improvement plan", "Section " + written.get(0).sectionKey + " carries plan updates, but council "
                + s.councilGss + " has no improvement plan for them to update."));
        PlanState state = ledger.stateBefore(plan, null);
        for (int i = 0; i < written.size(); i++) {
            String field = field(written.get(i));
            PlanUpdates u = updates.get(i);
            for (int j = 0; j < u.actions().size(); j++) {
                StatusUpdate a = u.actions().get(j);
                String f = field + ".actions[" + j + "]";
                ifKnown(() -> state.check(a), f + ".actionId", "names no action of council " + s.councilGss + "'s improvement plan");
                state.apply(PlanChange.status(plan, trial(state, e), a));
            }
            for (int j = 0; j < u.measures().size(); j++) {
                ValueUpdate m = u.measures().get(j);
                ifKnown(() -> state.check(m), field + ".measures[" + j + "].measureId",
                        "names no measure of council " + s.councilGss + "'s improvement plan");
            }
        }
    }

    private void apply(SubmissionEvent e) {
        Submission s = e.submission();
        List<Section> carrying = carrying(s, e.versionNumber(), false);
        if (carrying.isEmpty()) {
            return;
        }
        PlanLedger.Locked l;
        try {
            l = ledger.lock(s.councilGss);
        } catch (NotFound nf) {
            throw stale(carrying.get(0), "council " + s.councilGss + " has no improvement plan");
        }
        Source source = new Source(s.id, e.versionNumber());
        for (Section sec : carrying) {
            PlanUpdates u = PlanUpdates.read(sec.planUpdates, field(sec));
            for (StatusUpdate a : u.actions()) {
                stillApplies(sec, () -> l.state().check(a));
                ledger.commit(l, PlanChange.status(l.plan(), l.plan().nextRevision(e.actor(), e.at(), source), a));
            }
            for (ValueUpdate m : u.measures()) {
                stillApplies(sec, () -> l.state().check(m));
                ledger.commit(l, PlanChange.value(l.plan(), l.plan().nextRevision(e.actor(), e.at(), source), m));
            }
        }
    }

    /** The sections of a version with plan updates, in their order; only those it wrote when {@code writtenOnly}. */
    private static List<Section> carrying(Submission s, int number, boolean writtenOnly) {
        SubmissionVersion v = s.version(number).orElseThrow(() -> new IllegalStateException("no version " + number));
        return v.sections.stream().filter(sec -> sec.planUpdates != null && (!writtenOnly || sec.authoredInVersion == number)).toList();
    }

    private static String field(Section sec) {
        return "sections[" + sec.sectionKey + "].planUpdates";
    }

    /** A stamp for checking a push's updates in turn; nothing is stored with it. */
    private static Stamp trial(PlanState state, SubmissionEvent e) {
        return new Stamp(state.revision() + 1, e.actor(), e.at(), null);
    }

    private static void ifKnown(Runnable check, String field, String message) {
        try {
            check.run();
        } catch (NotFound nf) {
            throw new InvalidInput(field, message);
        }
    }

    private static void stillApplies(Section sec, Runnable check) {
        try {
            check.run();
        } catch (NotFound | RuleViolation ex) {
            String why = ex.detail();
            throw stale(sec, why.endsWith(".") ? why.substring(0, why.length() - 1) : why);
        }
    }

    private static RuleViolation stale(Section sec, String why) {
        return new RuleViolation("plan-update-stale", "A plan update of the report no longer applies",
                "Section " + sec.sectionKey + " of the version reviewed updates the council's improvement plan, but " + why
                        + ". Nothing was changed: return the report so that the section can be revised.");
    }
}
