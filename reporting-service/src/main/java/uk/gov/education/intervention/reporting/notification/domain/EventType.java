package uk.gov.education.intervention.reporting.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a subscription may be told of, by the name a webhook's {@code type} carries. */
public enum EventType {
    DUE_SOON("due-item.due-soon", true),
    OVERDUE("due-item.overdue", true),
    SUBMISSION_RECEIVED("submission.received", false),
    SUBMISSION_RETURNED("submission.returned", false),
    SUBMISSION_ACCEPTED("submission.accepted", false),
    REVIEW_FINDING_RECORDED("review-finding.recorded", false),
    REVIEW_FINDING_CORRECTED("review-finding.corrected", false),
    DIRECTION_ISSUED("direction.issued", false),
    DIRECTION_REVOKED("direction.revoked", false);

    public static final String NAMES = "due-item.due-soon, due-item.overdue, submission.received, submission.returned, "
            + "submission.accepted, review-finding.recorded, review-finding.corrected, direction.issued, direction.revoked";

    private final String wire;
    private final boolean dueItem;

    EventType(String wire, boolean dueItem) {
        this.wire = wire;
        this.dueItem = dueItem;
    }

    public String wire() {
        return wire;
    }

    /** About a due item: read also by those whose roles owe it, not only by those who read the council's reports whole. */
    public boolean dueItem() {
        return dueItem;
    }

    public boolean direction() {
        return this == DIRECTION_ISSUED || this == DIRECTION_REVOKED;
    }

    public static Optional<EventType> of(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}
