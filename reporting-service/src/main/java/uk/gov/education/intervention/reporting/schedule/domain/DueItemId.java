package uk.gov.education.intervention.reporting.schedule.domain;


import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable identifier of a due item: the duty's id with '/' replaced by '.', then '.', then the
 * due date, e.g. {@code E06000021-2019-10-31.monthly-progress-report.2019-11-30}. It is made from
 * the duty and the date alone, so it stays the same however often the schedule is computed, and
 * it is safe in a URL path.
 */
public record DueItemId(String directionReference, String dutyCode, LocalDate dueOn) {

    /** Shape of an item identifier; also used to validate path and body parameters. */
    public static final String PATTERN = "[ENSW][0-9]{8}-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.[a-z0-9][a-z0-9-]{0,99}\\.[0-9]{4}-[0-9]{2}-[0-9]{2}";
    public static final String MESSAGE = "must be a due item id such as E06000021-2019-10-31.monthly-progress-report.2019-11-30, "
            + "due from " + SuiteDates.RANGE;

    private static final Pattern SHAPE = Pattern.compile("(" + PATTERN.substring(0, PATTERN.indexOf("\\.")) + ")\\.(.+)\\.([0-9-]{10})");

    public static DueItemId of(Duty duty, LocalDate dueOn) {
        return new DueItemId(duty.directionReference(), duty.code(), dueOn);
    }

    public static Optional<DueItemId> parse(String value) {
        if (value == null || !value.matches(PATTERN)) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate dueOn = LocalDate.parse(m.group(3));
            // no schedule is computed towards a due date outside the suite's dates
            return SuiteDates.inRange(dueOn) ? Optional.of(new DueItemId(m.group(1), m.group(2), dueOn)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The duty's id as directions-service gives it: {@code {directionReference}/{code}}. */
    public String dutyId() {
        return directionReference + "/" + dutyCode;
    }

    public String councilGssCode() {
        return directionReference.substring(0, 9);
    }

    @Override
    public String toString() {
        return directionReference + "." + dutyCode + "." + dueOn;
    }
}
