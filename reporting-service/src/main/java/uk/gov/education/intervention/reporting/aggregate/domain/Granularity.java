package uk.gov.education.intervention.reporting.aggregate.domain;

import uk.gov.education.intervention.platform.domain.FieldError;
import uk.gov.education.intervention.reporting.schedule.domain.SuiteDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Aggregation periods: calendar months ({@code 2020-01}) or calendar quarters ({@code 2020-Q1}, January to March). */
public enum Granularity {
    MONTH, QUARTER;

    private static final Pattern MONTH_LABEL = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER_LABEL = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final int FIRST_YEAR = SuiteDates.EARLIEST.getYear();
    private static final int LAST_YEAR = SuiteDates.LATEST.getYear();

    /** A period: its label and first and last days. */
    public record Period(String label, LocalDate start, LocalDate end) {
        public boolean contains(LocalDate d) {
            return !d.isBefore(start) && !d.isAfter(end);
        }
    }

    /**
     * The period a label names, or why it names none: the form is checked, and the year is held to
     * the suite's dates ({@link SuiteDates#RANGE}) before any period is made from it.
     */
    public Optional<Period> parse(String label, String field, List<FieldError> errors) {
        Matcher m = (this == MONTH ? MONTH_LABEL : QUARTER_LABEL).matcher(label);
        if (!m.matches()) {
            errors.add(new FieldError(field, this == MONTH ? "must be a month such as 2020-01, from " + FIRST_YEAR + "-01 to " + LAST_YEAR + "-12"
                    : "must be a quarter such as 2020-Q1, from " + FIRST_YEAR + "-Q1 to " + LAST_YEAR + "-Q4"));
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new FieldError(field, "must be a " + (this == MONTH ? "month" : "quarter") + " of the years "
                    + FIRST_YEAR + " to " + LAST_YEAR));
            return Optional.empty();
        }
        if (this == MONTH) {
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            return Optional.of(new Period(ym.toString(), ym.atDay(1), ym.atEndOfMonth()));
        }
        return Optional.of(quarter(year, Integer.parseInt(m.group(2))));
    }

    /** How many periods run from one to another, inclusive (0 when {@code to} comes first), counted without making them. */
    public long span(Period from, Period to) {
        long months = (to.start().getYear() * 12L + to.start().getMonthValue()) - (from.start().getYear() * 12L + from.start().getMonthValue());
        return months < 0 ? 0 : months / (this == MONTH ? 1 : 3) + 1;
    }

    public Period containing(LocalDate day) {
        if (this == MONTH) {
            YearMonth m = YearMonth.from(day);
            return new Period(m.toString(), m.atDay(1), m.atEndOfMonth());
        }
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The periods from one to another, inclusive. */
    public List<Period> range(Period from, Period to) {
        List<Period> out = new ArrayList<>();
        for (Period p = from; !p.start().isAfter(to.start()); p = containing(p.end().plusDays(1))) {
            out.add(p);
        }
        return out;
    }

    private static Period quarter(int year, int q) {
        YearMonth first = YearMonth.of(year, (q - 1) * 3 + 1);
        return new Period(year + "-Q" + q, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
}
