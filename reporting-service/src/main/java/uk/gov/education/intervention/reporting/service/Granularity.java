package uk.gov.education.intervention.reporting.service;

import uk.gov.education.intervention.platform.problem.Problems;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Aggregation periods: calendar months ({@code 2020-01}) or calendar quarters ({@code 2020-Q1}, January to March). */
public enum Granularity {
    MONTH, QUARTER;

    private static final Pattern QUARTER_LABEL = Pattern.compile("([0-9]{4})-Q([1-4])");

    /** A period: its label and first and last days. */
    public record Period(String label, LocalDate start, LocalDate end) {
        public boolean contains(LocalDate d) {
            return !d.isBefore(start) && !d.isAfter(end);
        }
    }

    public Period parse(String label, String field) {
        try {
            if (this == MONTH) {
                YearMonth m = YearMonth.parse(label);
                return new Period(m.toString(), m.atDay(1), m.atEndOfMonth());
            }
            Matcher q = QUARTER_LABEL.matcher(label);
            if (!q.matches()) {
                throw new IllegalArgumentException();
            }
            return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw Problems.invalidField(field, this == MONTH ? "must be a month such as 2020-01" : "must be a quarter such as 2020-Q1");
        }
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
