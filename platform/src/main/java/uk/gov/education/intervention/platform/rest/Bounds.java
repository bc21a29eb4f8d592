package uk.gov.education.intervention.platform.rest;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The bounds every service holds its input to, whatever the parameter or field: dates between
 * {@link #EARLIEST_DATE} and {@link #LATEST_DATE}, query values of at most
 * {@link #MAX_QUERY_VALUE_LENGTH} characters, a query parameter repeated at most
 * {@link #MAX_QUERY_VALUES} times, no NUL character (U+0000) in a text: PostgreSQL stores none, so
 * it could only be refused by the database, after the work. Each is checked before any work is built
 * on the value.
 */
public final class Bounds {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    /** The same range in words (a constant, for annotations' messages). */
    public static final String DATE_RANGE = "1900-01-01 to 2199-12-31";
    public static final String MONTH_RANGE = "1900-01 to 2199-12";

    public static final int MAX_QUERY_VALUE_LENGTH = 2000;
    public static final int MAX_QUERY_VALUES = 200;

    private Bounds() {
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static boolean inRange(YearMonth month) {
        return inRange(month.atDay(1));
    }

    /** What a text with a NUL character is told. */
    public static final String NUL_MESSAGE = "must not contain a NUL character (U+0000)";

    /** Whether the text holds a NUL character. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** What an out-of-range date is told. */
    public static String dateMessage() {
        return "must be a date from " + DATE_RANGE;
    }
}
