package uk.gov.education.intervention.reporting.improvement.domain;

/** What one change to a plan did. */
public enum ChangeKind {
    ACTION_ADDED, ACTION_REVISED, ACTION_STATUS, MEASURE_ADDED, MEASURE_REVISED, MEASURE_VALUE;

    public boolean ofAction() {
        return this == ACTION_ADDED || this == ACTION_REVISED || this == ACTION_STATUS;
    }
}
