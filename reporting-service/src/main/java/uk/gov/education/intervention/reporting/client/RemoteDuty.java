package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import uk.gov.education.intervention.reporting.schedule.domain.Cadence;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;

import java.time.LocalDate;
import java.util.List;

/** A duty as directions-service's {@code GET /v1/duties} gives it (only the fields used here). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteDuty(
        String id,
        String code,
        String directionReference,
        String councilGssCode,
        LocalDate directionDate,
        String directionStatus,
        LocalDate revokedOn,
        String clause,
        List<String> citations,
        String kind,
        String title,
        List<String> providers,
        String recipient,
        Cadence cadence) {

    Duty toDuty() {
        return new Duty(id, code, directionReference, councilGssCode, directionDate, directionStatus, revokedOn, clause,
                citations, kind, title, providers, recipient, cadence);
    }
}
