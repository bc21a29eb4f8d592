package uk.gov.education.intervention.reporting.improvement.domain;

/** The stage of the child's journey an action serves (the plan must "reflect the journey of the child", Annex 3.c). */
public enum JourneyStage {
    HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS, LEADERSHIP_AND_MANAGEMENT, PARTNERSHIP
}
