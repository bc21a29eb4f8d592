package uk.gov.education.intervention.reporting.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A duty's cadence: {@code {"type":"MONTHLY"}}, {@code {"type":"EVERY_N_MONTHS","months":3}},
 * {@code {"type":"AT_MONTH_OFFSETS","offsets":[6,12]}}, {@code {"type":"PER_BOARD_MEETING"}},
 * {@code {"type":"ONCE","dueOn":"2020-01-31"}} or {@code {"type":"REGULAR"}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Cadence", description = "How often the duty falls due.")
public record Cadence(
        @Schema(example = "EVERY_N_MONTHS") CadenceType type,
        @Schema(description = "For EVERY_N_MONTHS: the interval in months.", example = "3", nullable = true) Integer months,
        @Schema(description = "For AT_MONTH_OFFSETS: months after the direction's date.", nullable = true) List<Integer> offsets,
        @Schema(description = "For ONCE: the deadline.", nullable = true) LocalDate dueOn,
        @Schema(description = "What the dates count from: CALENDAR_MONTH (MONTHLY), DIRECTION_DATE (AT_MONTH_OFFSETS, and "
                + "EVERY_N_MONTHS by default) or CALENDAR_QUARTER (EVERY_N_MONTHS with months 3: the last day of each calendar quarter).",
                example = "DIRECTION_DATE", nullable = true) String anchor,
        @Schema(description = "For EVERY_N_MONTHS: STATED when the direction's text states the anchor, CHOSEN when it states none.",
                example = "STATED", nullable = true) String anchorBasis,
        @Schema(description = "The schedule in words, as directions-service states it.",
                example = "every 3 months from 31 October 2019, on the same day of the month or the month's last day", nullable = true)
        String rule) {

    public static final String DIRECTION_DATE = "DIRECTION_DATE";
    public static final String CALENDAR_MONTH = "CALENDAR_MONTH";
    public static final String CALENDAR_QUARTER = "CALENDAR_QUARTER";

    public static Cadence monthly() {
        return new Cadence(CadenceType.MONTHLY, null, null, null, null, null, null);
    }

    public static Cadence everyNMonths(int months) {
        return new Cadence(CadenceType.EVERY_N_MONTHS, months, null, null, null, null, null);
    }

    public static Cadence atMonthOffsets(Integer... offsets) {
        return new Cadence(CadenceType.AT_MONTH_OFFSETS, null, List.of(offsets), null, null, null, null);
    }

    public static Cadence perBoardMeeting() {
        return new Cadence(CadenceType.PER_BOARD_MEETING, null, null, null, null, null, null);
    }

    public static Cadence once(LocalDate dueOn) {
        return new Cadence(CadenceType.ONCE, null, null, dueOn, null, null, null);
    }

    public static Cadence regular() {
        return new Cadence(CadenceType.REGULAR, null, null, null, null, null, null);
    }
}
