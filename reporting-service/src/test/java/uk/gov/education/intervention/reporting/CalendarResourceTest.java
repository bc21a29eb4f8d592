package uk.gov.education.intervention.reporting;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/** The iCalendar feed of due items, and subscription URLs that calendar apps can use without a bearer token. */
@QuarkusTest
class CalendarResourceTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    private static Map<String, VEvent> events(String ics) {
        ICalendar cal = Biweekly.parse(ics).first();
        return cal.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
    }

    private static LocalDate day(VEvent e) {
        return e.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Test
    void aSubscriptionUrlServesTheCouncilsDueItemsToACalendarApp() {
        var sub = reporter(STOKE).body(map("councilGssCode", STOKE)).post("/v1/calendar/subscriptions").then().statusCode(201)
                .body("webcalUrl", startsWith("webcal:")).extract();
        URI url = URI.create(sub.path("feedUrl"));
        String ics = given().get(url.getPath() + "?" + url.getRawQuery()).then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        Map<String, VEvent> events = events(ics);
        VEvent review = events.get("E06000021-2019-10-31.performance-review.2020-01-31@reporting-service.intervention");
        assertEquals(LocalDate.of(2020, 1, 31), day(review));
        // one event for the one review 7.e.b and Annex 3.h both cite, naming both, with its rule
        assertTrue(review.getDescription().getValue().contains("Direction: E06000021-2019-10-31, clauses 7.e.b, Annex.3.h\n"));
        assertTrue(review.getDescription().getValue().contains(
                "Falls due: every 3 months from 31 October 2019, on the same day of the month or the month's last day\n"));
        assertTrue(events.keySet().stream().noneMatch(uid -> uid.contains("quarterly-progress-review")));
        assertTrue(review.getSummary().getValue().contains("Stoke-on-Trent City Council"));
        assertTrue(events.containsKey("E06000021-2019-10-31.partnership-deadline.2020-01-31@reporting-service.intervention"));
        assertTrue(events.keySet().stream().allMatch(uid -> uid.startsWith("E06000021-")));
        // the token is Stoke-on-Trent's only; a tampered one is refused
        given().get(url.getPath() + "?" + url.getRawQuery() + "&council=" + MEDWAY).then().statusCode(403);
        given().queryParam("token", "x" + url.getRawQuery().substring("token=".length()))
                .get("/v1/calendar/due-items.ics").then().statusCode(401).contentType("application/problem+json");
        given().get("/v1/calendar/due-items.ics").then().statusCode(401);
        reporter(MEDWAY).body(map("councilGssCode", STOKE)).post("/v1/calendar/subscriptions").then().statusCode(403);
    }

    @Test
    void aFeedMadeWithoutADependencySaysSoInItsHeaders() {
        analyst().queryParam("council", STOKE).get("/v1/calendar/due-items.ics").then().statusCode(200)
                .header("Degraded", nullValue());
        Downstream.councilsDown();
        String ics = analyst().queryParam("council", STOKE).get("/v1/calendar/due-items.ics").then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("Degraded", containsString("\"councils-service is unavailable"))
                .header("Cache-Control", "no-store")
                .extract().asString();
        assertTrue(events(ics).keySet().stream().anyMatch(uid -> uid.startsWith("E06000021-")));
        Downstream.reset();
        circuits.resetAll();
        analyst().queryParam("council", STOKE).get("/v1/calendar/due-items.ics").then().statusCode(200)
                .header("Degraded", nullValue());
    }

    @Test
    void theDepartmentsFeedCoversEveryCouncilAndMarksWithdrawnItemsCancelled() {
        var duties = Downstream.seedDuties();
        duties.replaceAll(d -> d.get("councilGssCode").asText().equals(STOKE)
                ? d.deepCopy().put("directionStatus", "REVOKED").put("revokedOn", "2020-02-15") : d);
        Downstream.setDuties(duties);
        String ics = analyst().accept("text/calendar").get("/v1/calendar/due-items.ics").then().statusCode(200).extract().asString();
        Map<String, VEvent> events = events(ics);
        List<String> councils = events.keySet().stream().map(uid -> uid.substring(0, 9)).distinct().sorted().toList();
        assertEquals(List.of(STOKE, MEDWAY).stream().sorted().toList(), councils);
        VEvent withdrawn = events.get("E06000021-2019-10-31.monthly-progress-report.2020-02-29@reporting-service.intervention");
        assertEquals("CANCELLED", withdrawn.getStatus().getValue());
        VEvent medway = events.get("E06000035-2020-01-07.commissioner-review.2020-07-07@reporting-service.intervention");
        assertFalse(medway.getStatus().getValue().equals("CANCELLED"));
        analyst().body(map()).post("/v1/calendar/subscriptions").then().statusCode(201).body("councils", equalTo(null));
    }

    @Test
    void medwaysB1SignOffIsInItsCalendarOnceTheLeadershipImprovementPartnerIsAppointed() {
        String uid = "E06000035-2020-01-07.work-plan-sign-off.2020-02-03@reporting-service.intervention";
        assertFalse(events(analyst().accept("text/calendar").queryParam("council", MEDWAY).get("/v1/calendar/due-items.ics").then()
                .statusCode(200).extract().asString()).containsKey(uid));
        Downstream.appoint("LEADERSHIP_IMPROVEMENT_PARTNER", MEDWAY, null, Downstream.ESSEX, LocalDate.of(2020, 2, 3), null);
        VEvent signOff = events(analyst().accept("text/calendar").queryParam("council", MEDWAY).get("/v1/calendar/due-items.ics").then()
                .statusCode(200).extract().asString()).get(uid);
        assertEquals(LocalDate.of(2020, 2, 3), day(signOff));
        assertTrue(signOff.getDescription().getValue().contains("Due from: 2020-02-03 (no deadline stated)"),
                signOff.getDescription().getValue());
    }
}
