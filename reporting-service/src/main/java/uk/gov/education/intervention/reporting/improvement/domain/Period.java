package uk.gov.education.intervention.reporting.improvement.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.reporting.schedule.domain.SuiteDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The period a measure's value is for: a month ({@code 2023-05}) or a range of days
 * ({@code 2023-04-01/2023-06-30}), within the suite's dates and at most {@value #MAX_DAYS} days long.
 */
public record Period(LocalDate start, LocalDate end) {

    public static final int MAX_DAYS = 366;
    public static final String MESSAGE = "must be a month (2023-05) or a range of days (2023-04-01/2023-06-30) from "
            + SuiteDates.RANGE + ", at most " + MAX_DAYS + " days long";

    public Period {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a period has a start on or before its end");
        }
    }

    /** The period a text names; a 422 naming {@code field} when it names none the suite accepts. */
    public static Period parse(String text, String field) {
        if (text == null || text.length() > 21) {
            throw new InvalidInput(field, MESSAGE);
        }
        LocalDate start;
        LocalDate end;
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}")) {
                YearMonth m = YearMonth.parse(text);
                start = m.atDay(1);
                end = m.atEndOfMonth();
            } else if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                start = LocalDate.parse(text.substring(0, 10));
                end = LocalDate.parse(text.substring(11));
            } else {
                throw new InvalidInput(field, MESSAGE);
            }
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, MESSAGE);
        }
        if (!SuiteDates.inRange(start) || !SuiteDates.inRange(end) || end.isBefore(start)
                || ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new InvalidInput(field, MESSAGE);
        }
        return new Period(start, end);
    }

    /** The month when the period is one whole month, else {@code start/end}. */
    @Override
    public String toString() {
        YearMonth m = YearMonth.from(start);
        return start.equals(m.atDay(1)) && end.equals(m.atEndOfMonth()) ? m.toString() : start + "/" + end;
    }
}
