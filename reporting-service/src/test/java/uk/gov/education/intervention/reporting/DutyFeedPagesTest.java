package uk.gov.education.intervention.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * A duties feed of several pages, as directions-service serves one past 1000 duties: the first page's ETag stands
 * for every page, so a schedule read while nothing changed costs one 304 and no page is read again, and a change
 * anywhere (here, on the last page alone) is read whole before the next answer. Requests arriving together share a
 * check of the feed, but never one that began before they arrived.
 */
@QuarkusTest
class DutyFeedPagesTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    private static List<String> medwayItems() {
        return analyst().queryParam("council", Downstream.MEDWAY).queryParam("from", "2020-07-01").queryParam("to", "2020-12-31")
                .get("/v1/due-items").then().statusCode(200).body("degraded", equalTo(false))
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void anUnchangedFeedOfManyPagesCostsOneCallAndAChangeOnItsLastPageIsSeen() {
        List<ObjectNode> duties = new ArrayList<>(Downstream.seedDuties());
        duties.sort((a, b) -> Boolean.compare(a.get("councilGssCode").asText().equals(Downstream.MEDWAY),
                b.get("councilGssCode").asText().equals(Downstream.MEDWAY)));
        Downstream.setDutiesInPages(duties, 2, "\"feed-1\"");
        List<String> first = medwayItems();
        assertFalse(first.isEmpty(), "Medway's duties are on the later pages");

        long before = Downstream.dutiesCalls();
        assertEquals(first, medwayItems());
        assertEquals(1, Downstream.dutiesCalls() - before, "one conditional call for the first page, answered 304");

        // Medway's quarterly report dropped, on the last pages only; the first page reads the same under a new tag
        List<ObjectNode> changed = duties.stream()
                .filter(d -> !(d.get("councilGssCode").asText().equals(Downstream.MEDWAY)
                        && d.get("id").asText().endsWith("/quarterly-report-to-secretary-of-state")))
                .toList();
        Downstream.setDutiesInPages(changed, 2, "\"feed-2\"");
        List<String> after = medwayItems();
        assertTrue(after.size() < first.size(), "the change on a later page is read: " + after);
        assertTrue(after.stream().noneMatch(id -> id.contains("quarterly-report-to-secretary-of-state")), after.toString());
    }

    @Test
    void aRequestArrivingWhileTheFeedIsBeingCheckedSeesAChangeMadeBeforeItArrived() throws Exception {
        List<ObjectNode> duties = Downstream.seedDuties();
        Downstream.setDutiesInPages(duties, 100, "\"feed-1\"");
        List<String> first = medwayItems();
        Downstream.directionsDelayed(1500);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // a check of the unchanged feed under way (its 304 held back), when the feed changes and a request arrives
            Future<List<String>> earlier = other.submit(DutyFeedPagesTest::medwayItems);
            Thread.sleep(500);
            Downstream.setDutiesInPages(duties.stream().filter(d -> !(d.get("councilGssCode").asText().equals(Downstream.MEDWAY)
                    && d.get("id").asText().endsWith("/quarterly-report-to-secretary-of-state"))).toList(), 100, "\"feed-2\"");
            List<String> later = medwayItems();
            assertTrue(later.size() < first.size(), "the later request answered from a check that began before it: " + later);
            earlier.get();
        } finally {
            other.shutdownNow();
            Downstream.directionsDelayed(0);
        }
    }
}
