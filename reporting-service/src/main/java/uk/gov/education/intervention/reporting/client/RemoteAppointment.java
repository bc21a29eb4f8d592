package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** An appointment as councils-service's {@code GET /v1/appointments} gives it (only the fields used here). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteAppointment(String id, String councilGssCode, RoleRef role, LocalDate startsOn, LocalDate endsOn,
                                String previousAppointmentId, Holder holder) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoleRef(String code) {
    }

    /** Who holds it: {@code kind} PERSON or ORGANISATION. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Holder(String kind, String id, String name) {
    }

    public String roleCode() {
        return role == null ? null : role.code();
    }
}
