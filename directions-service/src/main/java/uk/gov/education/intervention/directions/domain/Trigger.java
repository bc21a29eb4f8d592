package uk.gov.education.intervention.directions.domain;

/** The fact whose recording makes an ON_EVENT duty due: an appointment to {@code role}. */
public record Trigger(TriggerEvent event, Party role) {
}
