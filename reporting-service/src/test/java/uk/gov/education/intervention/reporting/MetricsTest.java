package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.reporting.schedule.service.OverdueItems;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.ManagementPort.management;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/**
 * Prometheus metrics at /q/metrics on the management port: HTTP figures by route template (never by identifier), the
 * submissions counter and the overdue-items gauge, whose figures a scrape reads but never computes.
 */
@QuarkusTest
class MetricsTest extends StandInTest {

    private static final String WRITTEN_UPDATE = "E06000021-2019-10-31.minister-written-update.";

    @Inject
    OverdueItems overdue;

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    private static String scrape() {
        return management().accept("text/plain").get("/q/metrics").then().statusCode(200).contentType(containsString("text/plain"))
                .extract().asString();
    }

    /** The value of one series, or 0 when it is not there yet. */
    private static double value(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{(.*)} (\\S+)$").matcher(metrics);
        List<String> wanted = List.of(labels.split(","));
        while (m.find()) {
            List<String> have = List.of(m.group(1).split(","));
            if (have.containsAll(wanted)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    private static double received(String labels) {
        return value(scrape(), "reporting_submissions_received_total", labels);
    }

    @Test
    void httpFiguresAreByRouteTemplateNotByIdentifier() {
        String item = "E06000021-2019-10-31.performance-review.2020-04-30";
        analyst().get("/v1/due-items/" + item).then().statusCode(200);
        // refused before a route is chosen: without a token, or from a web origin not allowed
        anonymous().get("/v1/due-items/" + item).then().statusCode(401);
        analyst().header("Origin", "https://elsewhere.example").get("/v1/due-items/" + item).then().statusCode(403);
        String metrics = scrape();
        assertTrue(value(metrics, "http_server_requests_seconds_count", "method=\"GET\",uri=\"/v1/due-items/{id}\",status=\"200\"") >= 1,
                () -> "no HTTP figure for the route template in " + metrics.lines()
                        .filter(l -> l.startsWith("http_server_requests_seconds_count")).toList());
        assertFalse(metrics.contains(item), () -> "a due item's identifier became a label value: "
                + metrics.lines().filter(l -> l.contains(item)).toList());
    }

    @Test
    void eachStoredVersionIsCountedByKindVersionAndRole() {
        String first = "kind=\"WRITTEN_UPDATE\",version=\"first\",role=\"commissioner\"";
        String again = "kind=\"WRITTEN_UPDATE\",version=\"resubmission\",role=\"commissioner\"";
        double firstBefore = received(first);
        double againBefore = received(again);

        String id = SubmissionResourceTest.submit(commissioner(STOKE), SubmissionResourceTest.forItem(WRITTEN_UPDATE + "2020-06-30",
                SubmissionResourceTest.section("CHILDRENS_SERVICES_COMMISSIONER", "June's update to the Minister.")), 201).path("id");
        assertEquals(firstBefore + 1, received(first));
        assertEquals(againBefore, received(again));

        commissioner(STOKE).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(map("sections", List.of(SubmissionResourceTest.section("CHILDRENS_SERVICES_COMMISSIONER", "June's update, corrected."))))
                .post("/v1/submissions/" + id + "/versions").then().statusCode(201);
        assertEquals(firstBefore + 1, received(first));
        assertEquals(againBefore + 1, received(again));

        // a push that is refused stores nothing and counts nothing
        SubmissionResourceTest.submit(commissioner(STOKE), SubmissionResourceTest.forItem(WRITTEN_UPDATE + "2020-07-31",
                SubmissionResourceTest.section("NOT_A_CONTRIBUTOR", "x")), 400);
        assertEquals(firstBefore + 1, received(first));
        assertEquals(againBefore + 1, received(again));
    }

    @Test
    void theOverdueGaugeMatchesTheScheduleAndFallsWhenAnItemIsAnswered() {
        Map<String, Long> before = overdue.refresh().orElseThrow();
        long total = before.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(overdueItemsListed(), total, "the gauge should count what the API lists as overdue");
        String metrics = scrape();
        before.forEach((kind, n) -> assertEquals(n.doubleValue(), value(metrics, "reporting_items_overdue", "kind=\"" + kind + "\""), kind));
        Matcher computedAt = Pattern.compile("(?m)^reporting_items_overdue_computed_at_seconds(\\{.*})? (\\S+)$").matcher(metrics);
        assertTrue(computedAt.find(), "no time of computation");
        assertEquals(clock.instant().getEpochSecond(), Double.parseDouble(computedAt.group(2)), 1.0);

        // answer one overdue written update: one fewer once the figures are recomputed
        String item = firstOverdue("WRITTEN_UPDATE");
        SubmissionResourceTest.submit(commissioner(STOKE), SubmissionResourceTest.forItem(item,
                SubmissionResourceTest.section("CHILDRENS_SERVICES_COMMISSIONER", "Late, but here.")), 201);
        assertEquals(before.get("WRITTEN_UPDATE").doubleValue(), value(scrape(), "reporting_items_overdue", "kind=\"WRITTEN_UPDATE\""),
                "a scrape must not recompute the figures");
        Map<String, Long> after = overdue.refresh().orElseThrow();
        assertEquals(before.get("WRITTEN_UPDATE") - 1, after.get("WRITTEN_UPDATE"));
        assertEquals(after.get("WRITTEN_UPDATE").doubleValue(), value(scrape(), "reporting_items_overdue", "kind=\"WRITTEN_UPDATE\""));
    }

    @Test
    void theOverdueGaugeCountsEveryCouncilWhenThereAreSeveralGroupsOfThem() {
        // 120 councils with a monthly duty each beside the seed's: three groups of councils in one recomputation
        AggregateResourceTest.councils(120);
        Map<String, Long> counts = overdue.refresh().orElseThrow();
        assertEquals(overdueItemsListed(), counts.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aScrapeCallsNeitherService() {
        overdue.refresh();
        Downstream.clearJournals();
        for (int i = 0; i < 3; i++) {
            scrape();
        }
        assertEquals(0, Downstream.councilsCalls());
        assertEquals(0, Downstream.directionsCalls());
    }

    private static long overdueItemsListed() {
        long n = 0;
        String cursor = null;
        do {
            var request = analyst().queryParam("status", "OVERDUE").queryParam("to", "2020-11-20").queryParam("limit", 200);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/due-items").then().statusCode(200).extract().jsonPath();
            n += page.getList("items").size();
            cursor = page.getString("next");
        } while (cursor != null);
        return n;
    }

    private static String firstOverdue(String kind) {
        JsonPath page = analyst().queryParam("status", "OVERDUE").queryParam("kind", kind).queryParam("council", STOKE)
                .queryParam("to", "2020-11-20").queryParam("limit", 1).get("/v1/due-items").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = page.getList("items.id");
        assertFalse(ids.isEmpty(), "no overdue " + kind + " item for Stoke-on-Trent on 2020-11-20");
        return ids.get(0);
    }
}
