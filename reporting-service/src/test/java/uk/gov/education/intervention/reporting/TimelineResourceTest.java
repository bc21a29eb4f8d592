package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.rest.Cursor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.ESSEX;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.NO_SUCH_COUNCIL;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;

@QuarkusTest
class TimelineResourceTest extends StandInTest {

    private static final String TIMELINE = "/v1/councils/" + STOKE + "/timeline";

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    private static void stokesHistory() {
        Downstream.councilEvent(STOKE, LocalDate.of(2019, 3, 18), "INSPECTION_PUBLISHED", "a0000000-0000-4000-8000-000000000001",
                "/v1/inspections/a0000000-0000-4000-8000-000000000001");
        Downstream.councilEvent(STOKE, LocalDate.of(2019, 10, 31), "APPOINTMENT_MADE", "d0000000-0000-4000-8000-000000000004",
                "/v1/appointments/d0000000-0000-4000-8000-000000000004");
        Downstream.directionEvent(STOKE, LocalDate.of(2019, 5, 16), "DIRECTION_ISSUED", "E06000021-2019-05-16");
        Downstream.directionEvent(STOKE, LocalDate.of(2019, 10, 31), "DIRECTION_ISSUED", "E06000021-2019-10-31");
        Downstream.directionEvent(STOKE, LocalDate.of(2019, 10, 31), "DIRECTION_REVOKED", "E06000021-2019-05-16");
    }

    @Test
    void everySourceMergesIntoOneOrderWithLinksToTheOwningService() {
        stokesHistory();
        var page = analyst().queryParam("to", "2019-12-31").get(TIMELINE).then().statusCode(200)
                .body("councilGssCode", equalTo(STOKE))
                .body("degraded", equalTo(false))
                .body("missing", empty())
                .body("items[0..4].kind", contains("INSPECTION_PUBLISHED", "DIRECTION_ISSUED", "APPOINTMENT_MADE", "DIRECTION_ISSUED",
                        "DIRECTION_REVOKED"))
                .body("items[0].service", equalTo("councils-service"))
                .body("items[0].href", equalTo("/v1/inspections/a0000000-0000-4000-8000-000000000001"))
                .body("items[1].service", equalTo("directions-service"))
                .body("items[1].href", equalTo("/v1/directions/E06000021-2019-05-16"))
                .body("items.kind", hasItem("ITEM_FALLING_DUE"))
                .extract();
        List<String> days = page.path("items.on");
        assertEquals(days.stream().sorted().toList(), days);
        analyst().queryParam("to", "2019-12-31").queryParam("kinds", "ITEM_FALLING_DUE").get(TIMELINE).then().statusCode(200)
                .body("items[0].service", equalTo("reporting-service"))
                .body("items[0].href", containsString("/v1/due-items/E06000021-"));
        analyst().queryParam("from", "2019-10-31").queryParam("to", "2019-10-31").queryParam("kinds", "DIRECTION_REVOKED,INSPECTION_PUBLISHED")
                .get(TIMELINE).then().statusCode(200).body("items.kind", contains("DIRECTION_REVOKED"));
    }

    @Test
    void aLongHistoryCostsOneCallToEachServiceAPage() {
        for (int d = 0; d < 300; d++) {
            Downstream.councilEvent(STOKE, LocalDate.of(2000, 1, 1).plusDays(d), "INSPECTION_PUBLISHED",
                    String.format("a0000000-0000-4000-8000-%012d", 1000 + d), "/v1/inspections/" + d);
            Downstream.directionEvent(STOKE, LocalDate.of(2000, 1, 1).plusDays(2L * d), "DIRECTION_ISSUED", "E06000021-d" + (1000 + d));
        }
        Downstream.clearJournals();
        List<String> seen = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            var page = analyst().queryParam("kinds", "INSPECTION_PUBLISHED,DIRECTION_ISSUED").queryParam("to", "2005-12-31")
                    .queryParam("limit", 50).queryParam("cursor", cursor == null ? "" : cursor).get(TIMELINE).then().statusCode(200)
                    .extract();
            List<String> ids = page.path("items.id");
            List<String> days = page.path("items.on");
            List<String> kinds = page.path("items.kind");
            for (int k = 0; k < ids.size(); k++) {
                positions.add(days.get(k) + " " + kinds.get(k) + " " + ids.get(k));
            }
            seen.addAll(ids);
            cursor = page.path("next");
            pages++;
        } while (cursor != null);
        assertEquals(600, seen.size());
        assertEquals(600, new HashSet<>(seen).size());
        assertEquals(positions.stream().sorted().toList(), positions);
        assertEquals(12, pages);
        assertEquals(pages, Downstream.councilEventsCalls());
        assertEquals(pages, Downstream.directionEventsCalls());
    }

    @Test
    void aPageOfTheLargestSizeAsksTheOtherServicesForTheirLargestPagesAndNoMore() {
        for (int d = 0; d < 300; d++) {
            Downstream.councilEvent(STOKE, LocalDate.of(2000, 1, 1).plusDays(d), "INSPECTION_PUBLISHED",
                    String.format("a0000000-0000-4000-8000-%012d", 1000 + d), "/v1/inspections/" + d);
            Downstream.directionEvent(STOKE, LocalDate.of(2000, 1, 1).plusDays(2L * d), "DIRECTION_ISSUED", "E06000021-d" + (1000 + d));
        }
        Downstream.clearJournals();
        List<String> seen = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            var page = analyst().queryParam("kinds", "INSPECTION_PUBLISHED,DIRECTION_ISSUED").queryParam("to", "2005-12-31")
                    .queryParam("limit", 200).queryParam("cursor", cursor == null ? "" : cursor).get(TIMELINE).then().statusCode(200)
                    .header("Degraded", nullValue()).body("degraded", equalTo(false)).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
            pages++;
        } while (cursor != null);
        assertEquals(600, new HashSet<>(seen).size());
        assertEquals(3, pages);
        // 201 entries of a source take a page of 200 and a page of 1 from the other service, whose limit is 200
        assertTrue(Downstream.councilEventsCalls() <= 2 * pages && Downstream.directionEventsCalls() <= 2 * pages);
    }

    @Test
    void aServiceDownGivesADegradedPageOfWhatTheOthersGave() {
        stokesHistory();
        Downstream.directionsDown();
        analyst().queryParam("to", "2019-12-31").queryParam("kinds", "INSPECTION_PUBLISHED,APPOINTMENT_MADE,DIRECTION_ISSUED")
                .get(TIMELINE).then().statusCode(200)
                .header("Warning", nullValue()) // RFC 9111 obsoletes Warning: the body and the Degraded header say it
                .header("Degraded", containsString("directions issued and revoked (directions-service is unavailable)"))
                .body("degraded", equalTo(true))
                .body("missing", hasItem(containsString("directions issued and revoked (directions-service is unavailable)")))
                .body("items.kind", contains("INSPECTION_PUBLISHED", "APPOINTMENT_MADE"));
        Downstream.reset();
        stokesHistory();
        Downstream.councilsDown();
        analyst().queryParam("to", "2019-12-31").queryParam("kinds", "INSPECTION_PUBLISHED,DIRECTION_ISSUED")
                .get(TIMELINE).then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("missing", hasItem(containsString("councils-service is unavailable")))
                .body("items.id", contains("E06000021-2019-05-16", "E06000021-2019-10-31"));
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        analyst().queryParam("kinds", "DIRECTION_ISSUED,WEATHER").get(TIMELINE).then().statusCode(400)
                .body("errors[0].field", equalTo("kinds"));
        analyst().queryParam("from", "2020-02-01").queryParam("to", "2020-01-01").get(TIMELINE).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        analyst().queryParam("to", "2400-01-01").get(TIMELINE).then().statusCode(400).body("errors[0].field", equalTo("to"));
        analyst().queryParam("cursor", "bm9wZQ").get(TIMELINE).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        analyst().queryParam("cursor", Cursor.encode(List.of("2020-01-01", "weather", "x"))).get(TIMELINE).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        analyst().queryParam("limit", 0).get(TIMELINE).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        analyst().get("/v1/councils/stoke/timeline").then().statusCode(400);
        analyst().get("/v1/councils/" + NO_SUCH_COUNCIL + "/timeline").then().statusCode(404);
    }

    @Test
    void theCouncilItsPartnersItsCommissionerAndTheDepartmentReadItAndNobodyElse() {
        stokesHistory();
        Downstream.clearJournals();
        reporter(MEDWAY).get(TIMELINE).then().statusCode(403).body("detail", containsString("no standing"));
        assertEquals(0, Downstream.councilEventsCalls() + Downstream.directionEventsCalls());
        reporter(STOKE).queryParam("to", "2019-12-31").get(TIMELINE).then().statusCode(200).body("items[0].kind", equalTo("INSPECTION_PUBLISHED"));
        reporter(STOCKPORT).queryParam("to", "2019-12-31").get(TIMELINE).then().statusCode(200);
        commissioner(STOKE).queryParam("to", "2019-12-31").get(TIMELINE).then().statusCode(200);
        Downstream.endAppointments(ESSEX, STOKE, LocalDate.of(2020, 1, 31));
        reporter(ESSEX).get(TIMELINE).then().statusCode(403);
        // a refusal is the same whether or not the council exists
        reporter(MEDWAY).get("/v1/councils/" + NO_SUCH_COUNCIL + "/timeline").then().statusCode(403).body("detail", containsString("no standing"));
        analyst().queryParam("to", "2019-03-18").get(TIMELINE).then().statusCode(200).body("next", nullValue())
                .body("items.kind", contains("INSPECTION_PUBLISHED"));
    }

    @Test
    void planChangesAreEntriesOfTheirDayAndPageByRevision() {
        ImprovementPlanResourceTest.addAction(admin(), MEDWAY, "Audit every child protection plan open over 18 months.");
        ImprovementPlanResourceTest.addMeasure(MEDWAY, "Audited cases meeting the standard");
        String timeline = "/v1/councils/" + MEDWAY + "/timeline";
        String next = analyst().queryParam("kinds", "PLAN_CHANGED").queryParam("from", today().toString()).queryParam("to", today().toString())
                .queryParam("limit", 1).get(timeline).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("PLAN_CHANGED"))
                .body("items[0].on", equalTo(today().toString()))
                .body("items[0].summary", equalTo("Improvement plan: action added: Audit every child protection plan open over 18 months."))
                .body("items[0].service", equalTo("reporting-service"))
                .body("items[0].href", equalTo("/v1/councils/" + MEDWAY + "/improvement-plan?asOf=" + today()))
                .extract().path("next");
        analyst().queryParam("kinds", "PLAN_CHANGED").queryParam("from", today().toString()).queryParam("to", today().toString())
                .queryParam("limit", 1).queryParam("cursor", next).get(timeline).then().statusCode(200)
                .body("items.summary", contains("Improvement plan: measure added: Audited cases meeting the standard"));
    }
}
