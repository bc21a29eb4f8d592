package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.rest.Cursor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;

@QuarkusTest
class CouncilEventsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Test
    void stokesSeedHistoryIsInDayThenKindOrderWithLinksToEachRecord() {
        analyst().queryParam("from", "2019-03-01").queryParam("to", "2019-10-31").get("/v1/councils/" + STOKE + "/events").then()
                .statusCode(200)
                .body("items.kind", contains("INSPECTION_PUBLISHED", "APPOINTMENT_MADE", "APPOINTMENT_EXTENDED", "APPOINTMENT_MADE",
                        "APPOINTMENT_MADE"))
                .body("items.on", contains("2019-03-18", "2019-05-16", "2019-10-31", "2019-10-31", "2019-10-31"))
                .body("items[0].href", equalTo("/v1/inspections/a0000000-0000-4000-8000-000000000001"))
                .body("items[0].summary", containsString("INADEQUATE"))
                .body("items[2].href", equalTo("/v1/appointments/d0000000-0000-4000-8000-000000000002"))
                .body("next", nullValue());
    }

    @Test
    void aLongHistoryPagesInOrderWithinItsBoundsAndKinds() {
        String gss = council();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            String day = LocalDate.of(2020, 1, 6).plusMonths(k).toString();
            admin().body(Map.of("framework", "ILACS_2018", "publishedOn", day, "overallEffectiveness", "INADEQUATE"))
                    .post("/v1/councils/" + gss + "/inspections").then().statusCode(201);
            expected.add(day);
        }
        var created = admin().body(Map.of("councilGssCode", gss, "deadline", "2021-03-31", "status", "REQUIRED"))
                .post("/v1/partnerships").then().statusCode(201).extract();
        String partnership = created.path("id");
        Map<String, Object> agreed = new HashMap<>(Map.of("councilGssCode", gss, "deadline", "2021-03-31", "status", "TERMS_AGREED",
                "partnerOrganisationId", "b0000000-0000-4000-8000-000000000012", "termsAgreedOn", "2020-03-06"));
        admin().header("If-Match", created.header("ETag")).body(agreed).put("/v1/partnerships/" + partnership).then().statusCode(200);

        List<String> seen = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        String cursor = null;
        do {
            var page = analyst().queryParam("limit", 5).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/v1/councils/" + gss + "/events").then().statusCode(200).extract();
            seen.addAll(page.path("items.on"));
            kinds.addAll(page.path("items.kind"));
            cursor = page.path("next");
        } while (cursor != null);
        assertEquals(13, seen.size());
        // same day: INSPECTION_PUBLISHED before PARTNERSHIP_AGREED
        assertEquals(List.of("INSPECTION_PUBLISHED", "PARTNERSHIP_AGREED"), kinds.subList(2, 4));
        assertEquals(seen.stream().sorted().toList(), seen);

        analyst().queryParam("from", "2020-03-06").queryParam("to", "2020-05-06").queryParam("kinds", "INSPECTION_PUBLISHED")
                .get("/v1/councils/" + gss + "/events").then().statusCode(200)
                .body("items.on", contains("2020-03-06", "2020-04-06", "2020-05-06"));
        analyst().queryParam("kinds", "PARTNERSHIP_AGREED,INSPECTION_PUBLISHED").queryParam("limit", 200)
                .get("/v1/councils/" + gss + "/events").then().statusCode(200).body("items", hasSize(13));
    }

    @Test
    void aPositionOfAnotherServicesKindReadsOnFromThatDay() {
        String gss = council();
        for (String day : List.of("2020-01-06", "2020-02-06")) {
            admin().body(Map.of("framework", "ILACS_2018", "publishedOn", day, "overallEffectiveness", "GOOD"))
                    .post("/v1/councils/" + gss + "/inspections").then().statusCode(201);
        }
        // a direction issued on 2020-01-06 sorts before the inspection of that day; a submission after it
        analyst().queryParam("cursor", Cursor.encode(List.of("2020-01-06", "DIRECTION_ISSUED", "E06000021-2020-01-06")))
                .get("/v1/councils/" + gss + "/events").then().statusCode(200).body("items.on", contains("2020-01-06", "2020-02-06"));
        analyst().queryParam("cursor", Cursor.encode(List.of("2020-01-06", "SUBMISSION_RECEIVED", "x")))
                .get("/v1/councils/" + gss + "/events").then().statusCode(200).body("items.on", contains("2020-02-06"));
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        analyst().queryParam("kinds", "INSPECTION_PUBLISHED,WEATHER").get("/v1/councils/" + STOKE + "/events").then()
                .statusCode(400).body("errors[0].field", equalTo("kinds"));
        analyst().queryParam("from", "2020-02-01").queryParam("to", "2020-01-01").get("/v1/councils/" + STOKE + "/events").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        analyst().queryParam("from", "2400-01-01").get("/v1/councils/" + STOKE + "/events").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        analyst().queryParam("cursor", "not-a-cursor").get("/v1/councils/" + STOKE + "/events").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        analyst().queryParam("cursor", Cursor.encode(List.of("2020-01-06", "INSPECTION_PUBLISHED", "not-a-uuid")))
                .get("/v1/councils/" + STOKE + "/events").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        analyst().queryParam("limit", 201).get("/v1/councils/" + STOKE + "/events").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        analyst().get("/v1/councils/E09999999/events").then().statusCode(404);
    }

    @Test
    void onlyTheDepartmentsRolesReadIt() {
        commissioner(STOKE).get("/v1/councils/" + STOKE + "/events").then().statusCode(403);
        reporter(STOKE).get("/v1/councils/" + STOKE + "/events").then().statusCode(403);
        admin().get("/v1/councils/" + STOKE + "/events").then().statusCode(200);
    }

    private static String council() {
        String gss = String.format("E07900%03d", SEQ.incrementAndGet());
        admin().body(Map.of("gssCode", gss, "name", "Events council " + gss, "type", "COUNTY_COUNCIL", "region", "SOUTH_WEST"))
                .post("/v1/councils").then().statusCode(201);
        return gss;
    }
}
