package uk.gov.education.intervention.reporting.schedule.service;

import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.schedule.domain.Duty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A snapshot's duties by council: what a request for a few councils works from instead of the whole feed. */
class DutyFeedSnapshotTest {

    private static Duty duty(String council, String code) {
        String reference = council + "-2020-01-01";
        return new Duty(reference + "/" + code, code, reference, council, LocalDate.of(2020, 1, 1), "ISSUED", null, "1",
                List.of("1"), "PROGRESS_REPORT", code, List.of("COUNCIL"), "DEPARTMENT_FOR_EDUCATION", null);
    }

    private static List<String> ids(List<Duty> duties) {
        return duties.stream().map(Duty::id).toList();
    }

    @Test
    void aCouncilsDutiesAreExactlyItsOwnInFeedOrderWhateverTheOtherCouncils() {
        List<Duty> feed = new ArrayList<>();
        for (int c = 0; c < 120; c++) {
            String council = String.format("E06%06d", c);
            feed.add(duty(council, "monthly"));
            feed.add(duty(council, "quarterly"));
        }
        feed.add(duty(null, "orphan"));
        DutyFeed.Snapshot s = new DutyFeed.Snapshot(List.copyOf(feed), OffsetDateTime.now(), "\"t\"");

        assertEquals(List.of("E06000007-2020-01-01/monthly", "E06000007-2020-01-01/quarterly"), ids(s.of(Set.of("E06000007"))));
        assertEquals(List.of("E06000003-2020-01-01/monthly", "E06000003-2020-01-01/quarterly",
                "E06000100-2020-01-01/monthly", "E06000100-2020-01-01/quarterly"), ids(s.of(Set.of("E06000100", "E06000003"))));
        assertEquals(List.of(), s.of(Set.of("E09999999")));
        assertSame(s.duties(), s.of(null), "no councils named: every duty of the feed, the one without a council too");
        assertEquals(241, new DutyFeed.Result(s, true, null).duties(null).size());
    }

    @Test
    void withoutASnapshotThereAreNoDuties() {
        assertEquals(List.of(), new DutyFeed.Result(null, false, "down").duties(Set.of("E06000021")));
    }
}
