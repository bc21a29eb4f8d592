package uk.gov.education.intervention.reporting.schedule.domain;

import java.time.LocalDate;

/**
 * A recorded fact that makes an ON_EVENT duty due: an appointment to a role for a council, from
 * {@code on} (its first day), identified by {@code ref} (the appointment's id in councils-service).
 */
public record EventFact(String councilGss, String roleCode, LocalDate on, String ref) {
}
