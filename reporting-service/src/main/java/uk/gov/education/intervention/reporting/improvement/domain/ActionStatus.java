package uk.gov.education.intervention.reporting.improvement.domain;

import uk.gov.education.intervention.platform.domain.RuleViolation;

/**
 * Where an action stands. Every change says something new: the status must differ from the current one;
 * an action once started never goes back to NOT_STARTED; a DONE action is finished (a new action is added
 * when work resumes, so that the plan does not rewrite what it reported as done).
 */
public enum ActionStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, DONE;

    /** Throws a 422 rule violation unless an action may move from this status to {@code next}. */
    public void requireMoveTo(ActionStatus next, String action) {
        if (this == next) {
            throw new RuleViolation("action-status-unchanged", "The status is unchanged",
                    "Action " + action + " is already " + this + "; a status change must change the status.");
        }
        if (this == DONE) {
            throw new RuleViolation("action-done", "The action is done",
                    "Action " + action + " is DONE and stays so; add a new action if work on it resumes.");
        }
        if (next == NOT_STARTED) {
            throw new RuleViolation("action-started", "The action has started",
                    "Action " + action + " is " + this + "; an action once started does not go back to NOT_STARTED.");
        }
    }
}
