package uk.gov.education.intervention.reporting.schedule.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The date rules of a direction's duties:
 * <ul>
 * <li>'N months from the date of the direction': the k-th item is due on the direction's date
 * plus k x N calendar months, clamped to the end of a shorter month (31 Oct 2019 + 4 months =
 * 29 Feb 2020). Each date is computed from the direction's date, never from the previous one.</li>
 * <li>Calendar quarters (EVERY_N_MONTHS of 3 anchored CALENDAR_QUARTER, for a 'quarterly' the text gives no
 * anchor): due on the last day of each calendar quarter, from the quarter in which the day after the
 * direction's date falls; the first period runs from that day.</li>
 * <li>Monthly duties: one item per calendar month, starting with the first month that begins
 * after the direction's date, due on that month's last day.</li>
 * <li>Per Improvement Board meeting: one item due on the date of each recorded meeting after the
 * direction's date.</li>
 * <li>On an event: one item for each recorded fact (an appointment to the trigger's role for the
 * council, not an extension or renewal of one) while the direction is in force, due from the
 * later of the fact's day and the direction's date, by that day plus the stated period; with no
 * period stated there is no deadline (the item is never overdue) and a revocation withdraws it.</li>
 * <li>On request: no item; requests are recorded as they are made.</li>
 * <li>Revocation: nothing whose period begins after the direction was revoked; an item whose
 * period began while it was in force but which falls due after revocation is withdrawn.</li>
 * </ul>
 * Pure functions: no clock, no I/O.
 */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    /** The direction's date plus {@code months} calendar months, clamped to the month's end. */
    public static LocalDate monthsAfter(LocalDate directionDate, int months) {
        return directionDate.plusMonths(months);
    }

    /**
     * Every occurrence of the duty due on or before {@code until}, in due-date order.
     *
     * @param boardMeetings dates of the council's Improvement Board meetings (any order)
     */
    public static List<ScheduledDue> occurrences(Duty duty, List<LocalDate> boardMeetings, LocalDate until) {
        return occurrences(duty, boardMeetings, List.of(), until);
    }

    /**
     * As {@link #occurrences(Duty, List, LocalDate)}, with the facts that make an ON_EVENT duty due.
     *
     * @param facts the recorded facts of the duty's council and trigger role (any order)
     */
    public static List<ScheduledDue> occurrences(Duty duty, List<LocalDate> boardMeetings, List<EventFact> facts, LocalDate until) {
        if (duty.cadence() == null || duty.cadence().type() == null || duty.directionDate() == null) {
            return List.of();
        }
        LocalDate date = duty.directionDate();
        LocalDate revoked = duty.inForceUntil();
        Cadence c = duty.cadence();
        List<ScheduledDue> out = new ArrayList<>();
        switch (c.type()) {
            case MONTHLY -> monthly(date, until, revoked, out);
            case EVERY_N_MONTHS -> everyNMonths(c, date, until, revoked, out);
            case AT_MONTH_OFFSETS -> atMonthOffsets(c, date, until, revoked, out);
            case ONCE -> once(c, date, until, revoked, out);
            case PER_BOARD_MEETING -> perBoardMeeting(boardMeetings, date, until, revoked, out);
            case ON_EVENT -> onEvent(c, facts, date, until, revoked, out);
            case REGULAR, ON_REQUEST -> {
                // no fixed schedule: submissions against a REGULAR duty are ad hoc; requests are recorded as made
            }
        }
        return out;
    }

    /** One item per calendar month from the first that begins after the direction's date, due on its last day. */
    private static void monthly(LocalDate date, LocalDate until, LocalDate revoked, List<ScheduledDue> out) {
        YearMonth month = YearMonth.from(date).plusMonths(1);
        while (true) {
            LocalDate start = month.atDay(1);
            LocalDate end = month.atEndOfMonth();
            if (end.isAfter(until) || beganAfter(start, revoked)) {
                return;
            }
            out.add(new ScheduledDue(start, end, end, fallsAfter(end, revoked)));
            month = month.plusMonths(1);
        }
    }

    /** Every N months from the direction's date (each from that date, not the previous item), or calendar quarters. */
    private static void everyNMonths(Cadence c, LocalDate date, LocalDate until, LocalDate revoked, List<ScheduledDue> out) {
        if (c.months() == null || c.months() < 1) {
            return;
        }
        if (Cadence.CALENDAR_QUARTER.equals(c.anchor())) {
            calendarQuarters(date, until, revoked, out);
            return;
        }
        for (int k = 1; ; k++) {
            LocalDate start = monthsAfter(date, (k - 1) * c.months()).plusDays(1);
            LocalDate due = monthsAfter(date, k * c.months());
            if (due.isAfter(until) || beganAfter(start, revoked)) {
                return;
            }
            out.add(new ScheduledDue(start, due, due, fallsAfter(due, revoked)));
        }
    }

    /** One item at each stated number of months after the direction's date. */
    private static void atMonthOffsets(Cadence c, LocalDate date, LocalDate until, LocalDate revoked, List<ScheduledDue> out) {
        if (c.offsets() == null) {
            return;
        }
        int previous = 0;
        for (int offset : new TreeSet<>(c.offsets().stream().filter(o -> o != null && o > 0).toList())) {
            LocalDate start = monthsAfter(date, previous).plusDays(1);
            LocalDate due = monthsAfter(date, offset);
            previous = offset;
            if (due.isAfter(until) || beganAfter(start, revoked)) {
                return;
            }
            out.add(new ScheduledDue(start, due, due, fallsAfter(due, revoked)));
        }
    }

    private static void once(Cadence c, LocalDate date, LocalDate until, LocalDate revoked, List<ScheduledDue> out) {
        LocalDate due = c.dueOn();
        if (due == null || due.isAfter(until)) {
            return;
        }
        LocalDate start = due.isAfter(date) ? date.plusDays(1) : due;
        if (!beganAfter(start, revoked)) {
            out.add(new ScheduledDue(start, due, due, fallsAfter(due, revoked)));
        }
    }

    /** One item on each recorded meeting after the direction's date, its period running from the previous one. */
    private static void perBoardMeeting(List<LocalDate> meetings, LocalDate date, LocalDate until, LocalDate revoked,
                                        List<ScheduledDue> out) {
        LocalDate previous = date;
        for (LocalDate meeting : new TreeSet<>(meetings)) {
            if (!meeting.isAfter(date)) {
                continue;
            }
            if (meeting.isAfter(until) || fallsAfter(meeting, revoked)) {
                return;
            }
            out.add(new ScheduledDue(previous.plusDays(1), meeting, meeting, false));
            previous = meeting;
        }
    }

    /** One item per fact, from the later of its day and the direction's date; no deadline when no period is stated. */
    private static void onEvent(Cadence c, List<EventFact> facts, LocalDate date, LocalDate until, LocalDate revoked,
                                List<ScheduledDue> out) {
        Period within = c.withinPeriod();
        List<EventFact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing(EventFact::on).thenComparing(EventFact::ref));
        Set<LocalDate> seen = new HashSet<>();
        for (EventFact f : sorted) {
            LocalDate from = f.on().isBefore(date) ? date : f.on();
            // the item's id is made from its date: two facts on one day make one item
            if (from.isAfter(until) || beganAfter(from, revoked) || !seen.add(from)) {
                continue;
            }
            if (within == null) {
                out.add(new ScheduledDue(from, from, from, revoked != null, false, f));
            } else {
                LocalDate due = from.plus(within);
                out.add(new ScheduledDue(from, due, due, fallsAfter(due, revoked), true, f));
            }
        }
    }

    /** The last day of each calendar quarter, from the one in which the day after the direction's date falls. */
    private static void calendarQuarters(LocalDate date, LocalDate until, LocalDate revoked, List<ScheduledDue> out) {
        LocalDate start = date.plusDays(1);
        YearMonth m = YearMonth.from(start);
        YearMonth end = m.plusMonths((3 - m.getMonthValue() % 3) % 3);
        while (true) {
            LocalDate due = end.atEndOfMonth();
            if (due.isAfter(until) || beganAfter(start, revoked)) {
                return;
            }
            out.add(new ScheduledDue(start, due, due, fallsAfter(due, revoked)));
            start = due.plusDays(1);
            end = end.plusMonths(3);
        }
    }

    private static boolean beganAfter(LocalDate start, LocalDate revoked) {
        return revoked != null && start.isAfter(revoked);
    }

    private static boolean fallsAfter(LocalDate due, LocalDate revoked) {
        return revoked != null && due.isAfter(revoked);
    }
}
