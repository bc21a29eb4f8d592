package uk.gov.education.intervention.reporting.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting duty of a direction, as served by directions-service's duties feed. Read
 * tolerantly: fields this service does not use are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Duty(
        String id,
        String code,
        String directionReference,
        String councilGssCode,
        LocalDate directionDate,
        String directionStatus,
        LocalDate revokedOn,
        String clause,
        String kind,
        String title,
        List<String> providers,
        String recipient,
        Cadence cadence) {

    public static final String REVOKED = "REVOKED";

    /**
     * The last day the direction was in force, or null while it is not revoked. directions-service
     * gives {@code revokedOn} as the first day it is no longer in force (the successor's date), so
     * this is the day before. A revoked direction without a revocation date is taken never to have
     * been in force, so it yields nothing.
     */
    public LocalDate inForceUntil() {
        if (!REVOKED.equals(directionStatus)) {
            return null;
        }
        return (revokedOn != null ? revokedOn : directionDate).minusDays(1);
    }

    /** In force on the day: from its date, until the day before its revocation (which may lie ahead). */
    public boolean inForceOn(LocalDate day) {
        LocalDate until = inForceUntil();
        return directionDate != null && !day.isBefore(directionDate) && (until == null || !day.isAfter(until));
    }

    public List<String> providersOrEmpty() {
        return providers == null ? List.of() : providers;
    }
}
