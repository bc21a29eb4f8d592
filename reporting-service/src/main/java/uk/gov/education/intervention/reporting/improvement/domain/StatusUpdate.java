package uk.gov.education.intervention.reporting.improvement.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.util.UUID;

/** A new status for an action, with the evidence for it (required: a status change says why). */
public record StatusUpdate(UUID actionId, ActionStatus status, String evidence) {

    public static final int MAX_EVIDENCE = 4000;

    /** A checked update; {@code field} prefixes the names of fields at fault. */
    public static StatusUpdate of(UUID actionId, ActionStatus status, String evidence, String field) {
        if (actionId == null) {
            throw new InvalidInput(field + "actionId", "is required");
        }
        if (status == null) {
            throw new InvalidInput(field + "status", "is required: NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK or DONE");
        }
        String e = evidence == null ? null : evidence.strip();
        if (e == null || e.isEmpty() || e.length() > MAX_EVIDENCE) {
            throw new InvalidInput(field + "evidence", "is required (what shows the action is " + status + "), at most "
                    + MAX_EVIDENCE + " characters");
        }
        return new StatusUpdate(actionId, status, e);
    }
}
