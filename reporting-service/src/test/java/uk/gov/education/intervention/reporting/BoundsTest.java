package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/**
 * Every date, period, number and list a request carries is bounded before any work is built on it:
 * the extremes a hostile or careless caller sends are 400 problems naming the field and what is
 * allowed, nothing is stored, and the service goes on answering.
 */
@QuarkusTest
class BoundsTest extends StandInTest {

    private static final String FAR_PAST = "-999999999-01-01";
    private static final String FAR_FUTURE = "+999999999-12-31";

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    private static ValidatableResponse invalid(ValidatableResponse r, String field) {
        return r.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:validation"))
                .body("errors.field", hasItem(field));
    }

    private static long boardMeetings() {
        return analyst().queryParam("council", MEDWAY).queryParam("limit", 200).get("/v1/board-meetings").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    private static long submissionsOf(String council) {
        return analyst().queryParam("council", council).queryParam("limit", 200).get("/v1/submissions").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void anAggregateOverAnAbsurdRangeIsRefusedBeforeAnyPeriodIsMade() {
        // each of these once built billions of periods (OutOfMemoryError)
        invalid(reporter(STOKE).queryParam("from", "-999999999-01").get("/v1/aggregates/monthly").then(), "from")
                .body("errors.find { it.field == 'from' }.message", containsString("1900-01"));
        invalid(analyst().queryParam("from", "+999999999-12").get("/v1/aggregates/monthly").then(), "from");
        invalid(analyst().queryParam("from", "2020-01").queryParam("to", "+999999999-12").get("/v1/aggregates/monthly").then(), "to");
        invalid(analyst().queryParam("from", "-99999-Q1").get("/v1/aggregates/quarterly").then(), "from");
        invalid(analyst().queryParam("from", "0001-01").get("/v1/aggregates/monthly").then(), "from")
                .body("errors[0].message", containsString("1900 to 2199"));
        invalid(analyst().queryParam("from", "1900-01").queryParam("to", "2020-01").get("/v1/aggregates/monthly").then(), "to")
                .body("errors[0].message", containsString("1441 periods"));
        invalid(analyst().queryParam("from", "1e30").get("/v1/aggregates/quarterly").then(), "from");
        // the longest range allowed still answers, and so does the service
        analyst().queryParam("from", "2011-01").queryParam("to", "2020-12").get("/v1/aggregates/monthly").then().statusCode(200);
        analyst().queryParam("from", "1995-Q1").queryParam("to", "2024-Q4").get("/v1/aggregates/quarterly").then().statusCode(200);
    }

    @Test
    void queryDatesOutsideTheSuitesRangeAreRefused() {
        for (String date : List.of(FAR_PAST, FAR_FUTURE, "1899-12-31", "2200-01-01")) {
            invalid(analyst().queryParam("council", STOKE).queryParam("from", date).get("/v1/due-items").then(), "from")
                    .body("errors[0].message", containsString("1900-01-01 to 2199-12-31"));
            invalid(analyst().queryParam("council", STOKE).queryParam("to", date).get("/v1/due-items").then(), "to");
            invalid(analyst().queryParam("council", MEDWAY).queryParam("from", date).get("/v1/board-meetings").then(), "from");
        }
        analyst().queryParam("council", STOKE).queryParam("from", "1900-01-01").queryParam("to", "2020-12-31")
                .get("/v1/due-items").then().statusCode(200);
        // a due item is named by its due date: none is looked for outside the range
        invalid(analyst().get("/v1/due-items/E06000021-2019-10-31.monthly-progress-report.9999-12-31").then(), "id");
    }

    @Test
    void pageSizesAndCursorsAreBounded() {
        for (String limit : List.of("0", "-1", "201", "1000000000000000000000000000000", "ten", "1e3")) {
            invalid(analyst().queryParam("limit", limit).get("/v1/submissions").then(), "limit")
                    .body("errors[0].message", containsString("1 to 200"));
        }
        invalid(analyst().queryParam("cursor", "a".repeat(2001)).get("/v1/submissions").then(), "cursor");
        invalid(analyst().queryParam("cursor", "not a cursor").get("/v1/submissions").then(), "cursor");
        invalid(analyst().queryParams("council", Collections.nCopies(201, STOKE)).get("/v1/aggregates/monthly").then(), "council");
        invalid(analyst().queryParam("dutyId", "d".repeat(201)).get("/v1/due-items").then(), "dutyId");
        // a version number is a whole number from 1
        String id = UUID.randomUUID().toString();
        invalid(analyst().get("/v1/submissions/" + id + "/versions/1000000000000000000000").then(), "number");
        invalid(analyst().get("/v1/submissions/" + id + "/versions/0").then(), "number");
        analyst().get("/v1/submissions/" + id + "/versions/1").then().statusCode(404);
    }

    @Test
    void bodyDatesOutsideTheRangeAreRefusedAndNothingIsStored() {
        long before = boardMeetings();
        for (String date : List.of(FAR_PAST, FAR_FUTURE, "1899-12-31", "2200-01-01")) {
            invalid(admin().body(map("councilGssCode", MEDWAY, "meetsOn", date)).post("/v1/board-meetings").then(), "meetsOn")
                    .body("errors[0].message", containsString("1900-01-01 to 2199-12-31"));
        }
        assertEquals(before, boardMeetings());
        admin().body(map("councilGssCode", MEDWAY, "meetsOn", "2199-12-31")).post("/v1/board-meetings").then().statusCode(201);
        assertEquals(before + 1, boardMeetings());
    }

    @Test
    void hostileBodiesAreProblemsAndStoreNothing() {
        long before = submissionsOf(STOKE);
        String item = "E06000021-2019-10-31.monthly-progress-report.2021-05-31";
        // a number longer than the reader takes, nesting deeper than it reads, a narrative over its length
        Map<String, Object> longNumber = map("dueItemId", item, "sections", List.of(SubmissionResourceTest.section("COUNCIL", "x")));
        String numberBody = json(longNumber).replace("\"dueItemId\"", "\"fields\":{\"n\":" + "9".repeat(200) + "},\"dueItemId\"");
        invalid(submit(reporter(STOKE), numberBody).then(), "fields").body("errors[0].message", containsString("100 digits"));
        String deep = "[".repeat(100) + "]".repeat(100);
        String deepBody = json(longNumber).replace("\"dueItemId\"", "\"fields\":{\"n\":" + deep + "},\"dueItemId\"");
        submit(reporter(STOKE), deepBody).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:validation"))
                .body("detail", containsString("nested"));
        invalid(submit(reporter(STOKE), json(map("dueItemId", item, "sections",
                List.of(SubmissionResourceTest.section("DIRECTOR_OF_CHILDRENS_SERVICES", "n".repeat(1_000_001)))))).then(),
                "sections[0].narrative");
        invalid(submit(reporter(STOKE), json(map("dueItemId", "E06000021-2019-10-31.monthly-progress-report.+99999-12-31",
                "sections", List.of(SubmissionResourceTest.section("COUNCIL", "x"))))).then(), "dueItemId");
        // text that is not JSON, in a type that is not JSON
        reporter(STOKE).header("Idempotency-Key", UUID.randomUUID().toString()).contentType("text/plain").body("hello")
                .post("/v1/submissions").then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:unsupported-media-type"));
        assertEquals(before, submissionsOf(STOKE));
        // unicode is text like any other
        submit(reporter(STOKE), json(map("dueItemId", item, "sections", List.of(SubmissionResourceTest.section(
                "DIRECTOR_OF_CHILDRENS_SERVICES", "Ærø, Łódź, 東京, مرحبا, 🚸 — a report in many scripts."))))).then().statusCode(201)
                .body("sections[0].narrative", containsString("🚸"));
    }

    @Test
    void anAttachmentThatIsNotBase64IsRefusedNamingIt() {
        long before = submissionsOf(STOKE);
        String item = "E06000021-2019-10-31.monthly-progress-report.2021-06-30";
        byte[] pdf = "%PDF-1.4 a real file".getBytes(StandardCharsets.US_ASCII);
        String wrapped = Base64.getMimeEncoder().encodeToString(new byte[200]);
        for (String notBase64 : List.of("this is not base64!!", "JVBERi0xLjQK***", wrapped, "JVBE RjEK", "JVBERi0xLjQK\n")) {
            invalid(submit(reporter(STOKE), json(map("dueItemId", item, "sections", List.of(map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES",
                    "narrative", "With a file.", "attachments", List.of(
                            map("fileName", "good.pdf", "contentType", "application/pdf", "contentBase64", Base64.getEncoder().encodeToString(pdf)),
                            map("fileName", "bad.pdf", "contentType", "application/pdf", "contentBase64", notBase64))))))).then(),
                    "sections[0].attachments[1].contentBase64")
                    .body("errors[0].message", containsString("RFC 4648"));
        }
        assertEquals(before, submissionsOf(STOKE));
        submit(reporter(STOKE), json(map("dueItemId", item, "sections", List.of(map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES",
                "narrative", "With a file.", "attachments", List.of(map("fileName", "good.pdf", "contentType", "application/pdf",
                        "contentBase64", Base64.getEncoder().encodeToString(pdf)))))))).then().statusCode(201)
                .body("sections[0].attachments[0].sizeBytes", equalTo(pdf.length));
    }

    private static io.restassured.response.Response submit(RequestSpecification as, String body) {
        return as.header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/v1/submissions");
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Found by GeneratedInputTest: a body of two JSON documents was read as its first and answered 201. */
    @Test
    void aBodyIsOneJsonDocument() {
        for (String body : List.of("{} {}", "{}garbage", "{\"councilGssCode\":\"" + STOKE + "\"} []")) {
            admin().body(body).post("/v1/calendar/subscriptions").then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:intervention:validation"));
        }
        int meetings = analyst().queryParam("limit", 200).get("/v1/board-meetings").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        admin().body("{\"councilGssCode\":\"" + STOKE + "\",\"meetsOn\":\"2021-06-01\"} {\"x\":1}").post("/v1/board-meetings").then()
                .statusCode(400).contentType("application/problem+json");
        assertEquals(meetings, analyst().queryParam("limit", 200).get("/v1/board-meetings").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
    }
}
