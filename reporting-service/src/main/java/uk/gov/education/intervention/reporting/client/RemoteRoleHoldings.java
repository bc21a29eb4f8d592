package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/** What councils-service says a person and an organisation hold on a date (only the fields used here). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteRoleHoldings(LocalDate on, String councilGssCode, PartyRef person, PartyRef organisation,
                                 List<Holding> holdings, List<String> filledRoles) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PartyRef(String id, String name, String councilGssCode) {
    }

    /** One appointment in force on the date; {@code heldBy} PERSON or ORGANISATION. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Holding(String councilGssCode, String roleCode, String heldBy, String appointmentId) {
        public boolean byOrganisation() {
            return "ORGANISATION".equals(heldBy);
        }
    }

    public List<Holding> holdingsOrEmpty() {
        return holdings == null ? List.of() : holdings;
    }
}
