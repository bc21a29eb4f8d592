package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.DevTokens;
import uk.gov.education.intervention.devkit.RawHttp;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;

/**
 * Every date, number, text and list a request carries is bounded before any work is done: the
 * extremes are 400 problems naming the field and what is allowed, and nothing is stored.
 */
@QuarkusTest
class BoundsTest {

    private static final List<String> OUT_OF_RANGE = List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31", "2200-01-01");
    private static final String ELEANOR = AppointmentResourceTest.ELEANOR;

    private static ValidatableResponse invalid(ValidatableResponse r, String field) {
        return r.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:validation"))
                .body("errors.field", hasItem(field));
    }

    private static int appointmentsOfStoke() {
        return analyst().queryParam("limit", 200).get("/v1/councils/" + STOKE + "/appointments").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    private static Map<String, Object> appointment(String startsOn, String endsOn, String instrumentDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("roleCode", "CHILDRENS_SERVICES_COMMISSIONER");
        body.put("councilGssCode", STOKE);
        body.put("personId", ELEANOR);
        body.put("startsOn", startsOn);
        body.put("endsOn", endsOn);
        body.put("instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "bounds", "date", instrumentDate));
        return body;
    }

    @Test
    void queryDatesOutsideTheSuitesRangeAreRefused() {
        for (String date : OUT_OF_RANGE) {
            invalid(reporter(STOKE).queryParam("activeOn", date).get("/v1/appointments").then(), "activeOn")
                    .body("errors[0].message", containsString("1900-01-01 to 2199-12-31"));
            invalid(analyst().queryParam("activeOn", date).get("/v1/councils/" + STOKE + "/appointments").then(), "activeOn");
            invalid(analyst().queryParam("activeOn", date).get("/v1/people/" + ELEANOR + "/appointments").then(), "activeOn");
        }
        analyst().queryParam("activeOn", "1900-01-01").get("/v1/appointments").then().statusCode(200);
    }

    @Test
    void pageSizesTextsAndListsInTheQueryAreBounded() throws java.io.IOException {
        for (String limit : List.of("0", "-1", "201", "1000000000000000000000000000000", "ten")) {
            invalid(analyst().queryParam("limit", limit).get("/v1/councils").then(), "limit")
                    .body("errors[0].message", containsString("1 to 200"));
        }
        invalid(analyst().queryParam("q", "q".repeat(201)).get("/v1/organisations").then(), "q");
        analyst().queryParam("q", "q".repeat(20_000)).get("/v1/people").then().statusCode(414)
                .contentType("application/problem+json");
        invalid(analyst().queryParam("role", "R".repeat(61)).get("/v1/appointments").then(), "role");
        invalid(analyst().queryParam("cursor", "c".repeat(2001)).get("/v1/councils").then(), "cursor");
        invalid(analyst().queryParams("gss", Collections.nCopies(201, STOKE)).get("/v1/councils").then(), "gss");
        invalid(analyst().queryParam("entityId", "e".repeat(201)).get("/v1/audit").then(), "entityId");
        // a target that is not a URI (a malformed escape) is refused by the HTTP server itself, before any handler
        RawHttp.Answer malformed = RawHttp.Answer.of(RawHttp.send("GET /v1/organisations?q=%zz HTTP/1.1\r\nAuthorization: Bearer "
                + DevTokens.token("dfe-analyst") + "\r\n\r\n", new byte[0]));
        assertEquals(400, malformed.status);
        // unicode is text like any other
        analyst().queryParam("q", "Łódź ✓ 東京").get("/v1/organisations").then().statusCode(200);
        analyst().queryParams("gss", Collections.nCopies(200, STOKE)).get("/v1/councils").then().statusCode(200);
    }

    @Test
    void bodyDatesOutsideTheRangeAreRefusedAndNothingIsStored() {
        int before = appointmentsOfStoke();
        for (String date : OUT_OF_RANGE) {
            invalid(admin().body(appointment(date, null, "2020-01-01")).post("/v1/appointments").then(), "startsOn")
                    .body("errors[0].message", containsString("1900-01-01 to 2199-12-31"));
            invalid(admin().body(appointment("2030-01-01", date, "2030-01-01")).post("/v1/appointments").then(), "endsOn");
            invalid(admin().body(appointment("2030-01-01", null, date)).post("/v1/appointments").then(), "instrument.date");
            invalid(admin().body(Map.of("councilGssCode", STOKE, "status", "REQUIRED", "deadline", date))
                    .post("/v1/partnerships").then(), "deadline");
            invalid(admin().body(Map.of("framework", "ILACS_2018", "publishedOn", date, "overallEffectiveness", "GOOD"))
                    .post("/v1/councils/" + STOKE + "/inspections").then(), "publishedOn");
        }
        assertEquals(before, appointmentsOfStoke());
    }

    @Test
    void hostileBodiesAreProblemsAndStoreNothing() {
        int before = appointmentsOfStoke();
        Map<String, Object> longRole = appointment("2030-01-01", null, "2030-01-01");
        longRole.put("roleCode", "R".repeat(61));
        invalid(admin().body(longRole).post("/v1/appointments").then(), "roleCode");
        String deep = "[".repeat(100) + "]".repeat(100);
        admin().body("{\"roleCode\":" + deep + "}").post("/v1/appointments").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:problem-type:intervention:validation"));
        // a body of a megabyte is refused for its size before it is read
        admin().body("{\"notes\":\"" + "n".repeat(1_000_000) + "\"}").post("/v1/appointments").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:problem-type:intervention:body-too-large"));
        admin().contentType("text/plain").body("roleCode=X").post("/v1/appointments").then().statusCode(415)
                .contentType("application/problem+json");
        assertEquals(before, appointmentsOfStoke());
    }

    private static int organisationsNamed(String q) {
        return analyst().queryParam("q", q).queryParam("limit", 200).get("/v1/organisations").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    /**
     * A NUL character (U+0000), which PostgreSQL cannot store, is refused before any work, naming where it
     * was: in a text of the body, nested or not, and in a query parameter, even one the operation does not
     * read. The same organisation without it is stored.
     */
    @Test
    void aNulCharacterInTheBodyOrTheQueryIsRefusedAndNothingIsStored() {
        String name = "NUL check alliance";
        int appointments = appointmentsOfStoke();
        assertEquals(0, organisationsNamed(name));
        Map<String, Object> organisation = Map.of("name", name, "kind", "OTHER");
        invalid(admin().body(Map.of("name", "NUL check\u0000alliance", "kind", "OTHER")).post("/v1/organisations").then(), "name")
                .body("errors[0].message", equalTo("must not contain a NUL character (U+0000)"));
        Map<String, Object> nested = appointment("2030-01-01", null, "2030-01-01");
        nested.put("instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "a\u0000b", "date", "2030-01-01"));
        invalid(admin().body(nested).post("/v1/appointments").then(), "instrument.reference");
        invalid(admin().queryParam("note", "a\u0000b").body(organisation).post("/v1/organisations").then(), "note")
                .body("errors[0].message", equalTo("must not contain a NUL character (U+0000)"));
        invalid(analyst().queryParam("q", "stock\u0000port").get("/v1/organisations").then(), "q");
        assertEquals(0, organisationsNamed(name));
        assertEquals(appointments, appointmentsOfStoke());
        admin().body(organisation).post("/v1/organisations").then().statusCode(201);
        assertEquals(1, organisationsNamed(name));
    }

    /** Found by GeneratedInputTest: Jackson converted true to "true" and 0 to 1970-01-01, and stored them. */
    @Test
    void aValueOfAnotherJsonTypeIsRefusedNotConverted() {
        int partnerships = analyst().queryParam("limit", 200).get("/v1/partnerships").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        int identities = analyst().get("/v1/people/" + ELEANOR + "/identities").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        invalid(admin().body("{\"issuer\":\"https://login.education.gov.uk/\",\"subject\":true}")
                .post("/v1/people/" + ELEANOR + "/identities").then(), "subject");
        invalid(admin().body("{\"issuer\":\"https://login.education.gov.uk/\",\"subject\":12}")
                .post("/v1/people/" + ELEANOR + "/identities").then(), "subject");
        for (String deadline : List.of("0", "12", "\"2020-01-01T00:00:00Z\"", "\"20200101\"", "[2020,1,1]")) {
            invalid(admin().body("{\"councilGssCode\":\"" + STOKE + "\",\"status\":\"REQUIRED\",\"deadline\":" + deadline + "}")
                    .post("/v1/partnerships").then(), "deadline");
        }
        admin().body("{\"councilGssCode\":\"" + STOKE + "\",\"status\":0}").post("/v1/partnerships").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(partnerships, analyst().queryParam("limit", 200).get("/v1/partnerships").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
        assertEquals(identities, analyst().get("/v1/people/" + ELEANOR + "/identities").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
    }

    @Test
    void aRetirementReasonIsKeptUpToItsDocumentedLength() {
        for (int length : List.of(52, 1000)) {
            var created = admin().body(Map.of("name", "Retiring body " + length, "kind", "OTHER")).post("/v1/organisations").then()
                    .statusCode(201).extract();
            String reason = ("Merged into the regional alliance; " + "r".repeat(length)).substring(0, length);
            admin().header("If-Match", created.header("ETag")).body(Map.of("reason", reason))
                    .post("/v1/organisations/" + created.path("id") + "/retirement").then().statusCode(200)
                    .body("status", equalTo("RETIRED")).body("retiredReason", equalTo(reason));
            analyst().get("/v1/organisations/" + created.path("id") + "/history").then().statusCode(200)
                    .body("items[1].action", equalTo("retired"))
                    .body("items[1].changes.retiredReason.to", equalTo(reason));
        }
        var created = admin().body(Map.of("name", "Retiring body 1001", "kind", "OTHER")).post("/v1/organisations").then()
                .statusCode(201).extract();
        invalid(admin().header("If-Match", created.header("ETag")).body(Map.of("reason", "r".repeat(1001)))
                .post("/v1/organisations/" + created.path("id") + "/retirement").then(), "reason")
                .body("errors[0].message", containsString("1000"));
        analyst().get("/v1/organisations/" + created.path("id")).then().body("status", equalTo("ACTIVE"));
    }
}
