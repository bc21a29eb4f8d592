package uk.gov.education.intervention.directions.domain;

/** What a duty asks to be delivered. */
public enum DutyKind {
    PROGRESS_REPORT,
    PERFORMANCE_REVIEW,
    IMPROVEMENT_BOARD_MEETING,
    IMPROVEMENT_BOARD_REPORT,
    QUARTERLY_REPORT,
    REVIEW,
    WRITTEN_UPDATE,
    PROGRESS_REVIEW,
    DEADLINE,
    REGULAR_REPORT,
    SIGN_OFF,
    ACCESS
}
