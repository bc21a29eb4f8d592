package uk.gov.education.intervention.reporting.schedule.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
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
        String rule,
        @Schema(description = "For ON_EVENT: the fact whose recording makes it due.", nullable = true) Trigger trigger,
        @Schema(description = "For ON_EVENT: the period from the trigger the text gives to do it in (ISO-8601, e.g. P28D); "
                + "absent when the text states none.", nullable = true, example = "P28D") String within,
        @Schema(description = "For ON_REQUEST: who may ask (councils-service role codes).", nullable = true) List<String> requesters) {

    public static final String DIRECTION_DATE = "DIRECTION_DATE";
    public static final String CALENDAR_MONTH = "CALENDAR_MONTH";
    public static final String CALENDAR_QUARTER = "CALENDAR_QUARTER";

    /** An ON_EVENT trigger: an appointment ({@code event} APPOINTMENT) to {@code role} for the council. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "Trigger", description = "APPOINTMENT: councils-service records an appointment to `role` for the council.")
    public record Trigger(@Schema(example = "APPOINTMENT") String event,
                          @Schema(example = "LEADERSHIP_IMPROVEMENT_PARTNER") String role) {
    }

    public Cadence(CadenceType type, Integer months, List<Integer> offsets, LocalDate dueOn) {
        this(type, months, offsets, dueOn, null, null, null, null, null, null);
    }

    /** The period an ON_EVENT duty gives, or null when none is stated (or it cannot be read). */
    public Period withinPeriod() {
        if (within == null) {
            return null;
        }
        try {
            return Period.parse(within);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Cadence onEvent(String role, String within) {
        return new Cadence(CadenceType.ON_EVENT, null, null, null, null, null, null, new Trigger("APPOINTMENT", role), within, null);
    }

    public static Cadence monthly() {
        return new Cadence(CadenceType.MONTHLY, null, null, null, null, null, null, null, null, null);
    }

    public static Cadence everyNMonths(int months) {
        return new Cadence(CadenceType.EVERY_N_MONTHS, months, null, null, null, null, null, null, null, null);
    }

    public static Cadence atMonthOffsets(Integer... offsets) {
        return new Cadence(CadenceType.AT_MONTH_OFFSETS, null, List.of(offsets), null, null, null, null, null, null, null);
    }

    public static Cadence perBoardMeeting() {
        return new Cadence(CadenceType.PER_BOARD_MEETING, null, null, null, null, null, null, null, null, null);
    }

    public static Cadence once(LocalDate dueOn) {
        return new Cadence(CadenceType.ONCE, null, null, dueOn, null, null, null, null, null, null);
    }

    public static Cadence regular() {
        return new Cadence(CadenceType.REGULAR, null, null, null, null, null, null, null, null, null);
    }
}
