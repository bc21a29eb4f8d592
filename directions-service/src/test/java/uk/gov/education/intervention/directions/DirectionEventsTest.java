package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.rest.Cursor;

import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;

@QuarkusTest
class DirectionEventsTest {

    private static final String STOKE = "E06000021";
    private static final String EVENTS = "/v1/councils/" + STOKE + "/directions/events";

    @Test
    void stokesDirectionsIssuedAndRevokedInDayThenKindOrder() {
        analyst().queryParam("to", "2019-12-31").get(EVENTS).then().statusCode(200)
                .body("items.kind", contains("DIRECTION_ISSUED", "DIRECTION_ISSUED", "DIRECTION_REVOKED"))
                .body("items.id", contains("E06000021-2019-05-16", "E06000021-2019-10-31", "E06000021-2019-05-16"))
                .body("items.on", contains("2019-05-16", "2019-10-31", "2019-10-31"))
                .body("items[1].href", equalTo("/v1/directions/E06000021-2019-10-31"))
                .body("items[0].summary", startsWith("Direction issued: "))
                .body("next", nullValue());
        analyst().queryParam("to", "2019-12-31").queryParam("kinds", "DIRECTION_REVOKED").get(EVENTS).then().statusCode(200)
                .body("items.id", contains("E06000021-2019-05-16"));
        analyst().queryParam("from", "2019-06-01").queryParam("to", "2019-10-30").get(EVENTS).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void pagesFollowOneAnotherAndAnotherServicesPositionIsHonoured() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = analyst().queryParam("to", "2019-12-31").queryParam("limit", 1).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(EVENTS).then().statusCode(200).extract();
            ids.addAll(page.path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);
        assertEquals(List.of("E06000021-2019-05-16", "E06000021-2019-10-31", "E06000021-2019-05-16"), ids);
        // of another service's kinds on 2019-10-31, an appointment sorts before both of the day's events, an inspection after them
        analyst().queryParam("to", "2019-12-31").queryParam("cursor", Cursor.encode(List.of("2019-10-31", "APPOINTMENT_MADE",
                        "d0000000-0000-4000-8000-000000000004")))
                .get(EVENTS).then().statusCode(200).body("items.kind", contains("DIRECTION_ISSUED", "DIRECTION_REVOKED"));
        analyst().queryParam("to", "2019-12-31").queryParam("cursor", Cursor.encode(List.of("2019-10-31", "INSPECTION_PUBLISHED",
                        "a0000000-0000-4000-8000-000000000001")))
                .get(EVENTS).then().statusCode(200).body("items", empty());
    }

    @Test
    void badInputIsAProblemAndOnlyTheDepartmentReads() {
        analyst().queryParam("kinds", "DIRECTION_ISSUED,DIRECTION_DRAFTED").get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("kinds"));
        analyst().queryParam("from", "2020-01-02").queryParam("to", "2020-01-01").get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        analyst().queryParam("cursor", "bm9wZQ").get(EVENTS).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        analyst().queryParam("cursor", Cursor.encode(List.of("31/10/2019", "DIRECTION_ISSUED", "x"))).get(EVENTS).then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        analyst().get("/v1/councils/not-a-gss/directions/events").then().statusCode(400);
        analyst().get("/v1/councils/E09999999/directions/events").then().statusCode(200).body("items", empty());
        commissioner(STOKE).get(EVENTS).then().statusCode(403);
        reporter(STOKE).get(EVENTS).then().statusCode(403);
        admin().get(EVENTS).then().statusCode(200);
    }
}
