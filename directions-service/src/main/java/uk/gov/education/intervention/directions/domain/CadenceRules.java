package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The anchor each cadence counts from and its schedule in words, as reporting-service computes the
 * dates: monthly duties fall due on the last day of each calendar month, from the first month that
 * begins after the direction's date; "every N months from the date of the direction" on that date
 * plus k x N months, clamped to the month's end; calendar quarters on the last day of each quarter,
 * from the quarter in which the day after the direction's date falls. Pure functions.
 */
public final class CadenceRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String CLAMPED = ", on the same day of the month or the month's last day";

    private CadenceRules() {
    }

    /** The anchor a cadence counts from: the one recorded, else its type's own (null for types without one). */
    public static CadenceAnchor anchor(CadenceType type, CadenceAnchor recorded) {
        if (recorded != null) {
            return recorded;
        }
        return switch (type) {
            case MONTHLY -> CadenceAnchor.CALENDAR_MONTH;
            case EVERY_N_MONTHS, AT_MONTH_OFFSETS -> CadenceAnchor.DIRECTION_DATE;
            default -> null;
        };
    }

    /** Whether the anchor is stated: EVERY_N_MONTHS only, STATED unless recorded otherwise. */
    public static AnchorBasis anchorBasis(CadenceType type, AnchorBasis recorded) {
        return type == CadenceType.EVERY_N_MONTHS ? (recorded != null ? recorded : AnchorBasis.STATED) : null;
    }

    /** The last day of the first calendar quarter that ends after the direction's date. */
    public static LocalDate firstQuarterEnd(LocalDate directionDate) {
        YearMonth m = YearMonth.from(directionDate.plusDays(1));
        YearMonth quarterEnd = m.plusMonths((3 - m.getMonthValue() % 3) % 3);
        return quarterEnd.atEndOfMonth();
    }

    /** The schedule in words, or null for a cadence this class does not describe. */
    public static String rule(Cadence c, LocalDate directionDate) {
        CadenceAnchor anchor = anchor(c.type(), c.anchor());
        String chosen = anchorBasis(c.type(), c.anchorBasis()) == AnchorBasis.CHOSEN
                ? " (the direction states no anchor: this one was chosen)" : "";
        switch (c.type()) {
            case MONTHLY:
                YearMonth first = YearMonth.from(directionDate).plusMonths(1);
                return "on the last day of each calendar month, the first being " + DAY.format(first.atEndOfMonth())
                        + " (the first month that begins after " + DAY.format(directionDate) + ")";
            case EVERY_N_MONTHS:
                if (anchor == CadenceAnchor.CALENDAR_QUARTER) {
                    return "on the last day of each calendar quarter (31 March, 30 June, 30 September, 31 December), the first being "
                            + DAY.format(firstQuarterEnd(directionDate)) + chosen;
                }
                return "every " + c.months() + (c.months() == 1 ? " month" : " months") + " from " + DAY.format(directionDate)
                        + chosen + CLAMPED;
            case AT_MONTH_OFFSETS:
                List<Integer> o = c.offsets() == null ? List.of() : c.offsets();
                String months = o.size() <= 1 ? o.stream().map(String::valueOf).collect(Collectors.joining())
                        : o.subList(0, o.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + " and " + o.get(o.size() - 1);
                return "at " + months + " months from " + DAY.format(directionDate) + CLAMPED;
            case ONCE:
                return "once, by " + DAY.format(c.dueOn());
            case PER_BOARD_MEETING:
                return "on the day of each Improvement Board meeting held after " + DAY.format(directionDate);
            case REGULAR:
                return "regularly: the direction sets no dates";
            case ON_EVENT:
                String when = c.trigger() == null ? "when its trigger is recorded"
                        : "when an appointment to " + c.trigger().role() + " for the council is recorded";
                return "due " + when + (c.within() == null ? ", with no deadline stated" : ", to be done within " + c.within());
            case ON_REQUEST:
                return "each time it is requested"
                        + (c.requesters() == null || c.requesters().isEmpty() ? ""
                        : " by " + c.requesters().stream().map(Enum::name).collect(Collectors.joining(", ")));
            default:
                return null;
        }
    }
}
