package uk.gov.education.intervention.reporting.improvement.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.reporting.schedule.domain.SuiteDates;

import java.time.LocalDate;

/**
 * An action as added or revised: a clear statement, the stage of the child's journey it serves, its owner
 * (a reference of the kind named, in the shape councils-service gives it: whether councils-service holds it is
 * checked when the action is added or revised, see {@code ActionOwners}) and a target date.
 */
public record ActionDraft(String statement, JourneyStage stage, OwnerKind ownerKind, String ownerReference, LocalDate targetDate) {

    public static final int MAX_STATEMENT = 2000;
    public static final String OWNER_REFERENCE = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}";

    public ActionDraft {
        statement = statement == null ? null : statement.strip();
        if (statement == null || statement.isEmpty() || statement.length() > MAX_STATEMENT) {
            throw new InvalidInput("statement", "is required, at most " + MAX_STATEMENT + " characters");
        }
        if (stage == null) {
            throw new InvalidInput("stage", "is required");
        }
        if (ownerKind == null) {
            throw new InvalidInput("owner.kind", "is required: ROLE, ORGANISATION or PERSON");
        }
        if (ownerReference == null || !ownerReference.matches(OWNER_REFERENCE)) {
            throw new InvalidInput("owner.reference", "must be a role code, organisation or person id as councils-service "
                    + "gives it (letters, digits, _ . : -; up to 100)");
        }
        if (targetDate == null || !SuiteDates.inRange(targetDate)) {
            throw new InvalidInput("targetDate", "is required, a date from " + SuiteDates.RANGE);
        }
    }
}
