package uk.gov.education.intervention.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.gov.education.intervention.devkit.DevTokens;

import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Medway's Annex B.1 ("providing sign-off to the agreed work plan") has no date: it falls due when
 * councils-service records the Leadership Improvement Partner's appointment. Here the whole way:
 * the appointment is recorded in councils-service, and reporting-service, reading it over HTTP, shows
 * the sign-off in Medway's due items and calendar, with no deadline stated. The partner is an
 * organisation of the test's own, so no other test's appointments change.
 */
class EventDutyFlowTest {

    private static final String MEDWAY = "E06000035";
    private static final String SIGN_OFF = "E06000035-2020-01-07/work-plan-sign-off";
    /** A recent start: the calendar carries the items due in the past year and after. */
    private static final String STARTS_ON = LocalDate.now().minusDays(7).toString();
    private static final String ITEM = "E06000035-2020-01-07.work-plan-sign-off." + STARTS_ON;

    @RegisterExtension
    static final SharedSuite SUITE = new SharedSuite();

    private static RunningSuite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = SUITE.get();
    }

    private static RequestSpecification as(String service, String role) {
        return RestAssured.given().baseUri(suite.url(service)).auth().oauth2(DevTokens.token(role))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @Test
    void recordingMedwaysLeadershipImprovementPartnerMakesTheSignOffDueInItsScheduleAndCalendar() {
        as("reporting-service", "dfe-analyst").queryParam("council", MEDWAY).queryParam("from", STARTS_ON).queryParam("to", STARTS_ON)
                .get("/v1/due-items").then().statusCode(200).body("items.dutyId", not(hasItem(SIGN_OFF)));

        String partner = as("councils-service", "dfe-admin")
                .body(Map.of("name", "Leadership Improvement Partner of the end-to-end test", "kind", "OTHER"))
                .post("/v1/organisations").then().statusCode(201).extract().path("id");
        as("councils-service", "dfe-admin").body(Map.of("roleCode", "LEADERSHIP_IMPROVEMENT_PARTNER", "councilGssCode", MEDWAY,
                        "organisationId", partner, "startsOn", STARTS_ON,
                        "instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "(the letter)", "date", STARTS_ON)))
                .post("/v1/appointments").then().statusCode(201);

        as("reporting-service", "dfe-analyst").get("/v1/due-items/" + ITEM).then().statusCode(200)
                .body("clause", equalTo("AnnexB.1"))
                .body("trigger.role", equalTo("LEADERSHIP_IMPROVEMENT_PARTNER"))
                .body("trigger.on", equalTo(STARTS_ON))
                .body("dueBy", nullValue())
                .body("trigger.deadline", equalTo("no deadline stated"));
        as("reporting-service", "dfe-analyst").queryParam("council", MEDWAY).queryParam("from", STARTS_ON).queryParam("to", STARTS_ON)
                .get("/v1/due-items").then().statusCode(200).body("degraded", equalTo(false)).body("items.dutyId", hasItem(SIGN_OFF));
        String calendar = as("reporting-service", "dfe-analyst").accept("text/calendar").queryParam("council", MEDWAY)
                .get("/v1/calendar/due-items.ics").then().statusCode(200).extract().asString();
        // iCalendar folds lines longer than 75 octets: unfold before looking for the event's UID
        assertThat(calendar.replace("\r\n ", ""), containsString("UID:" + ITEM + "@"));
    }
}
