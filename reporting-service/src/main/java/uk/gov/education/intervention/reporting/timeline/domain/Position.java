package uk.gov.education.intervention.reporting.timeline.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * A place in a council's timeline. The timeline is ordered by day, then kind name (as a plain string), then id;
 * every source of entries (here and in the other services) reads strictly after a position in that order, so a
 * page's cursor is the position of its last entry and nothing else.
 */
public record Position(LocalDate on, String kind, String id) implements Comparable<Position> {

    /** The shape of a kind's name, in any service. */
    public static final String KIND = "[A-Z][A-Z_]{0,59}";
    private static final int MAX_ID = 200;

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::on).thenComparing(Position::kind)
            .thenComparing(Position::id);

    /** The parts of the suite's cursor: day, kind, id. */
    public List<String> key() {
        return List.of(on.toString(), kind, id);
    }

    /** A position read back from a cursor's parts; anything else is a bad cursor. */
    public static Position of(List<String> key) {
        try {
            if (key.size() != 3 || !key.get(1).matches(KIND) || key.get(2).isEmpty() || key.get(2).length() > MAX_ID) {
                throw new IllegalArgumentException("not a position");
            }
            return new Position(LocalDate.parse(key.get(0)), key.get(1), key.get(2));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInput("cursor", "is not a cursor issued by this list; start again without it");
        }
    }

    /** Whether an entry comes after this position (for sources that filter in memory). */
    public boolean isBefore(TimelineEntry e) {
        return compareTo(e.position()) < 0;
    }

    @Override
    public int compareTo(Position o) {
        return ORDER.compare(this, o);
    }
}
