package uk.gov.education.intervention.reporting.timeline;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.domain.InvalidInput;
import uk.gov.education.intervention.platform.rest.Cursor;
import uk.gov.education.intervention.reporting.timeline.domain.Position;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineEntry;
import uk.gov.education.intervention.reporting.timeline.domain.TimelineMerge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineMergeTest {

    private static TimelineEntry e(String day, String kind, String id) {
        return new TimelineEntry(LocalDate.parse(day), kind, id, kind + " " + id, "s", "/x/" + id);
    }

    private static List<String> ids(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineEntry::id).toList();
    }

    @Test
    void mergesByDayThenKindKeepingEachSourcesOwnOrderWithinAKind() {
        List<TimelineEntry> councils = List.of(e("2019-03-18", "INSPECTION_PUBLISHED", "i1"), e("2019-10-31", "APPOINTMENT_MADE", "b"),
                e("2019-10-31", "APPOINTMENT_MADE", "a"));
        List<TimelineEntry> directions = List.of(e("2019-05-16", "DIRECTION_ISSUED", "d1"), e("2019-10-31", "DIRECTION_ISSUED", "d2"),
                e("2019-10-31", "DIRECTION_REVOKED", "d1"));
        TimelineMerge.Merged m = TimelineMerge.merge(List.of(councils, directions, List.of()), 10);
        // a source's own order within a kind stands ('b' before 'a'), whatever a string comparison of ids would say
        assertEquals(List.of("i1", "d1", "b", "a", "d2", "d1"), ids(m.entries()));
        assertFalse(m.more());
    }

    @Test
    void aPageIsTheFirstLimitAndAnExtraEntrySaysMoreFollow() {
        List<TimelineEntry> a = List.of(e("2020-01-01", "A", "1"), e("2020-01-03", "A", "3"), e("2020-01-05", "A", "5"));
        List<TimelineEntry> b = List.of(e("2020-01-02", "B", "2"), e("2020-01-04", "B", "4"));
        TimelineMerge.Merged m = TimelineMerge.merge(List.of(a, b), 3);
        assertEquals(List.of("1", "2", "3"), ids(m.entries()));
        assertTrue(m.more());
        TimelineMerge.Merged exact = TimelineMerge.merge(List.of(a, b), 5);
        assertEquals(5, exact.entries().size());
        assertFalse(exact.more());
    }

    @Test
    void pagingByPositionVisitsEveryEntryOnceWhateverThePageSize() {
        List<TimelineEntry> a = new ArrayList<>();
        List<TimelineEntry> b = new ArrayList<>();
        for (int d = 1; d <= 28; d++) {
            String day = String.format("2020-02-%02d", d);
            a.add(e(day, "INSPECTION_PUBLISHED", "i" + d));
            if (d % 3 == 0) {
                b.add(e(day, "DIRECTION_ISSUED", "d" + d));
                b.add(e(day, "DIRECTION_REVOKED", "r" + d));
            }
        }
        for (int limit = 1; limit <= 7; limit++) {
            List<TimelineEntry> seen = new ArrayList<>();
            Position after = null;
            boolean more = true;
            while (more) {
                Position p = after;
                // each source gives its first limit + 1 after the position, as a real source does
                List<TimelineEntry> fromA = a.stream().filter(x -> p == null || p.isBefore(x)).limit(limit + 1L).toList();
                List<TimelineEntry> fromB = b.stream().filter(x -> p == null || p.isBefore(x)).limit(limit + 1L).toList();
                TimelineMerge.Merged m = TimelineMerge.merge(List.of(fromA, fromB), limit);
                seen.addAll(m.entries());
                more = m.more();
                after = m.entries().isEmpty() ? null : m.entries().get(m.entries().size() - 1).position();
            }
            assertEquals(a.size() + b.size(), seen.size(), "page size " + limit);
            assertEquals(seen.stream().map(TimelineEntry::position).sorted().toList(), seen.stream().map(TimelineEntry::position).toList());
        }
    }

    @Test
    void aPositionRoundTripsThroughTheSuitesCursorAndABadOneIsRefused() {
        Position p = new Position(LocalDate.of(2019, 10, 31), "DIRECTION_ISSUED", "E06000021-2019-10-31");
        assertEquals(p, Position.of(Cursor.decode(Cursor.encode(p.key()), 3)));
        assertThrows(InvalidInput.class, () -> Position.of(List.of("31/10/2019", "DIRECTION_ISSUED", "x")));
        assertThrows(InvalidInput.class, () -> Position.of(List.of("2019-10-31", "direction issued", "x")));
        assertThrows(InvalidInput.class, () -> Position.of(List.of("2019-10-31", "DIRECTION_ISSUED", "")));
        assertThrows(InvalidInput.class, () -> Position.of(List.of("2019-10-31", "DIRECTION_ISSUED", "x".repeat(201))));
    }
}
