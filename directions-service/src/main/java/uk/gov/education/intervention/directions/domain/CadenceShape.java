package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fields each type of cadence needs, and refuses: EVERY_N_MONTHS takes months, AT_MONTH_OFFSETS
 * offsets, ONCE the date it is due on, ON_EVENT a trigger and perhaps a period, ON_REQUEST who may
 * ask; each dated type counts from its own anchor.
 */
final class CadenceShape {

    /** An ON_EVENT duty's period: 1 to 999 days, weeks, months or years. */
    private static final Pattern WITHIN = Pattern.compile("P[1-9][0-9]{0,2}[DWMY]");

    private final Breaches breaches;
    private final String here;
    private final Cadence c;
    private final String type;

    private CadenceShape(Breaches breaches, String here, Cadence c) {
        this.breaches = breaches;
        this.here = here;
        this.c = c;
        this.type = c.type().name();
    }

    /** Adds to {@code breaches} each fault of {@code c}, a cadence at JSON path {@code here} of a direction dated {@code date}. */
    static void check(Breaches breaches, String here, Cadence c, LocalDate date) {
        CadenceShape shape = new CadenceShape(breaches, here, c);
        shape.months();
        shape.offsets();
        shape.dueOn(date);
        shape.event();
        shape.requesters();
        shape.anchor();
    }

    private boolean is(CadenceType t) {
        return c.type() == t;
    }

    private void months() {
        if (is(CadenceType.EVERY_N_MONTHS)) {
            breaches.require(c.months() != null && c.months() >= 1 && c.months() <= 60, here + ".months",
                    "EVERY_N_MONTHS needs months between 1 and 60");
        } else {
            breaches.forbid(c.months() != null, here + ".months", "only EVERY_N_MONTHS takes months, not " + type);
        }
    }

    private void offsets() {
        if (!is(CadenceType.AT_MONTH_OFFSETS)) {
            breaches.forbid(c.offsets() != null, here + ".offsets", "only AT_MONTH_OFFSETS takes offsets, not " + type);
            return;
        }
        List<Integer> o = c.offsets() == null ? List.of() : c.offsets();
        boolean ascending = !o.isEmpty();
        for (int i = 0; i < o.size(); i++) {
            ascending &= o.get(i) >= 1 && o.get(i) <= 240 && (i == 0 || o.get(i) > o.get(i - 1));
        }
        breaches.require(ascending, here + ".offsets", "AT_MONTH_OFFSETS needs offsets in months, ascending, each between 1 and 240");
    }

    private void dueOn(LocalDate date) {
        if (!is(CadenceType.ONCE)) {
            breaches.forbid(c.dueOn() != null, here + ".dueOn", "only ONCE takes dueOn, not " + type);
            return;
        }
        breaches.require(c.dueOn() != null, here + ".dueOn", "ONCE needs the date it is due on");
        if (c.dueOn() != null && c.dueOn().isBefore(date)) {
            breaches.add(here + ".dueOn", "cannot fall before the direction's date " + date);
        }
    }

    private void event() {
        if (!is(CadenceType.ON_EVENT)) {
            breaches.forbid(c.trigger() != null, here + ".trigger", "only ON_EVENT takes a trigger, not " + type);
            breaches.forbid(c.within() != null, here + ".within", "only ON_EVENT takes within, not " + type);
            return;
        }
        breaches.require(c.trigger() != null, here + ".trigger", "ON_EVENT needs the trigger that makes it due");
        if (c.within() != null && !WITHIN.matcher(c.within()).matches()) {
            breaches.add(here + ".within", "must be a period such as P28D, P6W, P3M or P1Y (1 to 999 of one unit)");
        }
    }

    private void requesters() {
        if (!is(CadenceType.ON_REQUEST)) {
            breaches.forbid(c.requesters() != null, here + ".requesters", "only ON_REQUEST takes requesters, not " + type);
            return;
        }
        List<Party> r = c.requesters() == null ? List.of() : c.requesters();
        breaches.require(!r.isEmpty(), here + ".requesters", "ON_REQUEST needs who may make the request");
        breaches.require(new HashSet<>(r).size() == r.size(), here + ".requesters", "names a requester twice");
    }

    /** Each dated type counts from its own anchor; only EVERY_N_MONTHS offers a choice (calendar quarters, for 3 months). */
    private void anchor() {
        CadenceAnchor a = c.anchor();
        switch (c.type()) {
            case MONTHLY -> breaches.require(a == null || a == CadenceAnchor.CALENDAR_MONTH, here + ".anchor",
                    "MONTHLY falls due at the end of each calendar month: its anchor is CALENDAR_MONTH");
            case AT_MONTH_OFFSETS -> breaches.require(a == null || a == CadenceAnchor.DIRECTION_DATE, here + ".anchor",
                    "AT_MONTH_OFFSETS counts from the direction's date: its anchor is DIRECTION_DATE");
            case EVERY_N_MONTHS -> {
                breaches.require(a == null || a == CadenceAnchor.DIRECTION_DATE || a == CadenceAnchor.CALENDAR_QUARTER,
                        here + ".anchor", "EVERY_N_MONTHS counts from DIRECTION_DATE or CALENDAR_QUARTER");
                if (a == CadenceAnchor.CALENDAR_QUARTER && c.months() != null && c.months() != 3) {
                    breaches.add(here + ".anchor", "CALENDAR_QUARTER needs months 3");
                }
            }
            default -> breaches.forbid(a != null, here + ".anchor", type + " takes no anchor");
        }
        breaches.forbid(c.anchorBasis() != null && !is(CadenceType.EVERY_N_MONTHS), here + ".anchorBasis",
                "only EVERY_N_MONTHS takes anchorBasis, not " + type);
    }
}
