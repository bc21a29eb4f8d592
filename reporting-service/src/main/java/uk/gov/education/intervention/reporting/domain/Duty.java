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
     * The last day the direction was in force, or null while it is. A revoked direction without a
     * revocation date is taken to have been revoked on its own date, so it yields nothing.
     */
    public LocalDate inForceUntil() {
        if (!REVOKED.equals(directionStatus)) {
            return null;
        }
        return revokedOn != null ? revokedOn : directionDate;
    }

    public boolean inForce() {
        return inForceUntil() == null;
    }

    public List<String> providersOrEmpty() {
        return providers == null ? List.of() : providers;
    }
}
