package uk.gov.education.intervention.reporting.schedule.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting duty of a direction, as served by directions-service's duties feed. Read
 * tolerantly: fields this service does not use are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Duty(
        String id,
        String code,
        String directionReference,
        String councilGssCode,
        LocalDate directionDate,
        String directionStatus,
        LocalDate revokedOn,
        String clause,
        List<String> citations,
        String kind,
        String title,
        List<String> providers,
        String recipient,
        Cadence cadence) {

    public static final String REVOKED = "REVOKED";

    /**
     * The last day the direction was in force, or null while it is not revoked. directions-service
     * gives {@code revokedOn} as the first day it is no longer in force (the successor's date), so
     * this is the day before. A revoked direction without a revocation date is taken never to have
     * been in force, so it yields nothing.
     */
    public LocalDate inForceUntil() {
        if (!REVOKED.equals(directionStatus)) {
            return null;
        }
        return (revokedOn != null ? revokedOn : directionDate).minusDays(1);
    }

    /** In force on the day: from its date, until the day before its revocation (which may lie ahead). */
    public boolean inForceOn(LocalDate day) {
        LocalDate until = inForceUntil();
        return directionDate != null && !day.isBefore(directionDate) && (until == null || !day.isAfter(until));
    }

    /** Every clause citing this obligation, its own first (a feed without citations: its clause alone). */
    public List<String> citationsOrClause() {
        if (citations != null && !citations.isEmpty()) {
            return citations;
        }
        return clause == null ? List.of() : List.of(clause);
    }

    public List<String> providersOrEmpty() {
        return providers == null ? List.of() : providers;
    }

    /** The earliest and latest dates a duty of a direction may carry; beyond them a schedule is not a schedule. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final int MAX_MONTHS = 1200;
    private static final int MAX_OFFSETS = 50;

    /**
     * Why a schedule cannot be made from this duty as directions-service served it (something it
     * needs is missing, or a date or interval lies outside any direction's), or null when it can.
     */
    public String unusable() {
        if (id == null || directionReference == null || directionStatus == null) {
            return "a duty without its id, direction or status";
        }
        if (councilGssCode == null || !councilGssCode.matches("[ENSW][0-9]{8}")) {
            return "duty " + id + " has no council's GSS code";
        }
        if (outOfRange(directionDate) || (revokedOn != null && outOfRange(revokedOn))) {
            return "duty " + id + " has a direction date or revocation date outside " + EARLIEST + " to " + LATEST;
        }
        if (cadence == null || cadence.type() == null) {
            return "duty " + id + " has no cadence";
        }
        String anchor = cadence.anchor();
        return switch (cadence.type()) {
            case EVERY_N_MONTHS -> cadence.months() == null || cadence.months() < 1 || cadence.months() > MAX_MONTHS
                    ? "duty " + id + " falls due every " + cadence.months() + " months"
                    : anchor != null && !anchor.equals(Cadence.DIRECTION_DATE) && !(anchor.equals(Cadence.CALENDAR_QUARTER) && cadence.months() == 3)
                    ? "duty " + id + " falls due every " + cadence.months() + " months counted from " + anchor : null;
            case MONTHLY -> anchor != null && !anchor.equals(Cadence.CALENDAR_MONTH) ? "duty " + id + " falls due monthly from " + anchor : null;
            case AT_MONTH_OFFSETS -> cadence.offsets() == null || cadence.offsets().isEmpty() || cadence.offsets().size() > MAX_OFFSETS
                    || cadence.offsets().stream().anyMatch(o -> o == null || o < 1 || o > MAX_MONTHS)
                    ? "duty " + id + " falls due at offsets " + cadence.offsets()
                    : anchor != null && !anchor.equals(Cadence.DIRECTION_DATE) ? "duty " + id + " counts its offsets from " + anchor : null;
            case ONCE -> outOfRange(cadence.dueOn()) ? "duty " + id + " falls due on " + cadence.dueOn() : null;
            case ON_EVENT -> cadence.trigger() == null || cadence.trigger().role() == null
                    || !"APPOINTMENT".equals(cadence.trigger().event())
                    || (cadence.within() != null && (cadence.withinPeriod() == null || cadence.withinPeriod().isNegative()
                    || cadence.withinPeriod().toTotalMonths() > MAX_MONTHS || cadence.withinPeriod().getDays() > 36500))
                    ? "duty " + id + " falls due on an event it does not name, or within " + cadence.within() : null;
            default -> null;
        };
    }

    private static boolean outOfRange(LocalDate d) {
        return d == null || d.isBefore(EARLIEST) || d.isAfter(LATEST);
    }
}
