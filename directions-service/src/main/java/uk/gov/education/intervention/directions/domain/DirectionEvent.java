package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;

/**
 * A direction issued (on its date, the first day it is in force) or revoked (on the first day it is no longer in
 * force), by its reference. Within a day, a council's events are ordered by kind name, then reference, so that a
 * caller merging them with other services' events keeps one order.
 */
public record DirectionEvent(LocalDate on, Kind kind, String reference, String summary) {

    public enum Kind { DIRECTION_ISSUED, DIRECTION_REVOKED }

    public static DirectionEvent issued(Direction d) {
        return new DirectionEvent(d.date, Kind.DIRECTION_ISSUED, d.reference, "Direction issued: " + d.title);
    }

    public static DirectionEvent revoked(Direction d) {
        return new DirectionEvent(d.revokedOn, Kind.DIRECTION_REVOKED, d.reference, "Direction revoked"
                + (d.revokedByReference == null ? "" : " by " + d.revokedByReference) + ": " + d.title);
    }

    /** How events of {@code kind} stand to a position of kind {@code afterKind} within its day: -1 none after, 1 all, 0 by reference. */
    public static int within(Kind kind, String afterKind) {
        return Integer.signum(kind.name().compareTo(afterKind));
    }
}
