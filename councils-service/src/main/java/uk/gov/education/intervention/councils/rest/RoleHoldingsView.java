package uk.gov.education.intervention.councils.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.councils.domain.DateBasis;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RoleHoldings", description = "The roles a person (found by a token identity) and an organisation hold on a date: "
        + "for one council, or for every council. reporting-service decides with it what a caller may read and write.")
public record RoleHoldingsView(
        @Schema(example = "2020-02-10") LocalDate on,
        @Schema(description = "The council asked about; absent when every council was.", example = "E06000021", nullable = true)
        String councilGssCode,
        @Schema(description = "The person the identity is linked to; absent when it is linked to nobody (or none was given).",
                nullable = true) PartyRef person,
        @Schema(description = "The organisation asked about; absent when none was given or it is not recorded.", nullable = true)
        PartyRef organisation,
        @Schema(description = "Appointments in force on the date held by the person or the organisation: for the council asked about "
                + "(or every council), and roles held for no council (e.g. the Minister). At most 200.")
        List<Holding> holdings,
        @Schema(description = "With a council: every role anyone holds for it on the date, so that a vacant role can be told from "
                + "one held by somebody else.", example = "[\"CHILDRENS_SERVICES_COMMISSIONER\",\"PARTNER_IN_PRACTICE\"]", nullable = true)
        List<String> filledRoles) {

    @Schema(name = "PartyRef", description = "A person or organisation, by its id and name.")
    public record PartyRef(UUID id, @Schema(example = "Stockport Metropolitan Borough Council") String name,
                           @Schema(description = "For a local authority: its council.", example = "E08000007", nullable = true)
                           String councilGssCode) {
    }

    @Schema(name = "Holding", description = "One appointment in force on the date.")
    public record Holding(
            @Schema(description = "The council it is held for; absent for a role held for no council.", example = "E06000021",
                    nullable = true) String councilGssCode,
            @Schema(example = "PARTNER_IN_PRACTICE") String roleCode,
            @Schema(example = "Partner in Practice") String roleName,
            @Schema(description = "Whether the person or the organisation holds it.", example = "ORGANISATION",
                    enumeration = {"PERSON", "ORGANISATION"}) String heldBy,
            UUID appointmentId,
            @Schema(description = "Absent when the source does not state the start (see knownFrom).", example = "2019-10-31", nullable = true)
            LocalDate startsOn,
            @Schema(example = "STATED") DateBasis startsOnBasis,
            @Schema(description = "With an unknown start: the date from which the appointment is known to be in place, and counts.",
                    nullable = true) LocalDate knownFrom,
            @Schema(nullable = true) LocalDate endsOn) {
    }
}
