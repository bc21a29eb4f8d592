package uk.gov.education.intervention.reporting.schedule.service;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.schedule.domain.DueItemId;
import uk.gov.education.intervention.reporting.schedule.domain.ScheduledDue;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page a listing over many councils keeps while the councils' items are offered a group at a time. */
class FirstItemsTest {

    private static ScheduleService.DueItem item(String council, String code, int day) {
        LocalDate due = LocalDate.of(2021, 1, day);
        return new ScheduleService.DueItem(new DueItemId(council + "-2020-01-01", code, due), null,
                new ScheduledDue(due, due, due, false));
    }

    private static List<String> ids(List<ScheduleService.DueItem> items) {
        return items.stream().map(i -> i.id().toString()).toList();
    }

    @Test
    void keepsTheFirstRowsOfAllGroupsInOrder() {
        DueItemService.FirstItems first = new DueItemService.FirstItems(3);
        first.offer(List.of(item("E06000021", "a", 1), item("E06000021", "a", 3), item("E06000021", "a", 5), item("E06000021", "a", 7)));
        first.offer(List.of(item("E06000035", "b", 2), item("E06000035", "b", 3), item("E06000035", "b", 6)));
        first.offer(List.of());
        first.offer(List.of(item("E09000001", "c", 9)));
        assertEquals(List.of("E06000021-2020-01-01.a.2021-01-01", "E06000035-2020-01-01.b.2021-01-02",
                "E06000021-2020-01-01.a.2021-01-03"), ids(first.inOrder()));
    }

    @Test
    void fewerItemsThanAPageAreAllKept() {
        DueItemService.FirstItems first = new DueItemService.FirstItems(50);
        first.offer(List.of(item("E06000035", "b", 4)));
        first.offer(List.of(item("E06000021", "a", 4), item("E06000021", "a", 8)));
        assertEquals(List.of("E06000021-2020-01-01.a.2021-01-04", "E06000035-2020-01-01.b.2021-01-04",
                "E06000021-2020-01-01.a.2021-01-08"), ids(first.inOrder()));
    }
}
