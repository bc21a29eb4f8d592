package uk.gov.education.intervention.directions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.education.intervention.directions.domain.Party;
import uk.gov.education.intervention.directions.domain.CadenceType;
import uk.gov.education.intervention.directions.domain.CadenceAnchor;
import uk.gov.education.intervention.directions.domain.AnchorBasis;

import java.time.LocalDate;
import java.util.List;

/** When a duty falls due. Only the fields of its type are present. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Cadence", description = "When a duty falls due. `months` for EVERY_N_MONTHS (the k-th due date is the direction's date plus "
        + "k times N calendar months, clamped to the month's end); `offsets` for AT_MONTH_OFFSETS (months after the direction's date); "
        + "`dueOn` for ONCE. MONTHLY, PER_BOARD_MEETING and REGULAR take no fields. `anchor` says what the dates count from: "
        + "CALENDAR_MONTH for MONTHLY (the last day of each calendar month), DIRECTION_DATE for AT_MONTH_OFFSETS and, by default, "
        + "EVERY_N_MONTHS, or CALENDAR_QUARTER for EVERY_N_MONTHS with months 3 (the last day of each calendar quarter); "
        + "`anchorBasis` (EVERY_N_MONTHS only) whether the text states that anchor or it was chosen because the text states none. "
        + "`rule` is the schedule in words, computed by the service (read-only: ignored when sent). `trigger` and, when the text "
        + "states one, `within` for ON_EVENT (due when the trigger is recorded, to be done within the period; without `within` no "
        + "deadline is stated); `requesters` for ON_REQUEST (due each time one of them asks).",
        example = "{\"type\":\"EVERY_N_MONTHS\",\"months\":3}")
public record CadenceJson(
        @NotNull CadenceType type,
        @Schema(nullable = true, example = "3") Integer months,
        @Schema(nullable = true, example = "[6, 12]") @Size(max = 24) List<@NotNull Integer> offsets,
        @Schema(nullable = true, example = "2020-01-31") LocalDate dueOn,
        @Schema(nullable = true, example = "DIRECTION_DATE") CadenceAnchor anchor,
        @Schema(nullable = true, example = "STATED") AnchorBasis anchorBasis,
        @Schema(readOnly = true, nullable = true,
                example = "every 3 months from 31 October 2019, on the same day of the month or the month's last day") String rule,
        @Schema(nullable = true) @Valid TriggerJson trigger,
        @Schema(description = "For ON_EVENT: the period the text gives to do it in, from the trigger, as ISO-8601 days, weeks, months "
                + "or years (P28D, P3M); absent when the text states none.", nullable = true, example = "P28D")
        @Size(max = 8) String within,
        @Schema(description = "For ON_REQUEST: who may make the request (councils-service role codes).", nullable = true,
                example = "[\"CHILDRENS_SERVICES_COMMISSIONER\", \"IMPROVEMENT_ADVISOR\", \"PARTNER_IN_PRACTICE\"]")
        @Size(max = 10) List<@NotNull Party> requesters) {
}
