package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** An appointment as councils-service describes it (only the fields used here). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteAppointment(String id, RoleRef role, String councilGssCode, LocalDate startsOn, LocalDate endsOn) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoleRef(String code, String name) {
    }

    public String roleCode() {
        return role == null ? null : role.code();
    }
}
