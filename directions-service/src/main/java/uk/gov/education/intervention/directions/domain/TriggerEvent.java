package uk.gov.education.intervention.directions.domain;

/** Kinds of fact that make an ON_EVENT duty due. */
public enum TriggerEvent {
    /** An appointment to a role for the council, recorded in councils-service. */
    APPOINTMENT
}
