package uk.gov.education.intervention.reporting.schedule.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

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
public record Cadence(
        CadenceType type,
        Integer months,
        List<Integer> offsets,
        LocalDate dueOn,
        String anchor,
        String anchorBasis,
        String rule,
        Trigger trigger,
        String within,
        List<String> requesters) {

    public static final String DIRECTION_DATE = "DIRECTION_DATE";
    public static final String CALENDAR_MONTH = "CALENDAR_MONTH";
    public static final String CALENDAR_QUARTER = "CALENDAR_QUARTER";

    /** An ON_EVENT trigger: an appointment ({@code event} APPOINTMENT) to {@code role} for the council. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Trigger(String event,
                          String role) {
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
