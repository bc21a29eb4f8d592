package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.directions.Drafts.at;
import static uk.gov.education.intervention.directions.Drafts.map;

/**
 * Every date, number and list a request carries is bounded before any work is done: the extremes
 * are 400 problems naming the field and what is allowed, and nothing is stored.
 */
@QuarkusTest
class BoundsTest {

    private static final List<String> OUT_OF_RANGE = List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31", "2200-01-01");

    private static ValidatableResponse invalid(ValidatableResponse r, String field) {
        return r.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:validation"))
                .body("errors.field", hasItem(field));
    }

    private static int directionsOf(String gss) {
        return analyst().queryParam("council", gss).get("/v1/directions").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void queryParametersAreBounded() {
        for (String date : OUT_OF_RANGE) {
            invalid(reporter("E06000021").queryParam("inForceOn", date).get("/v1/directions").then(), "inForceOn")
                    .body("errors[0].message", containsString("1900-01-01 to 2199-12-31"));
        }
        for (String limit : List.of("0", "-1", "201", "1000000000000000000000000000000")) {
            invalid(analyst().queryParam("limit", limit).get("/v1/directions").then(), "limit")
                    .body("errors[0].message", containsString("1 to 200"));
        }
        // the duties feed is read in pages of up to 1000
        for (String limit : List.of("0", "1001", "1000000000000000000000000000000")) {
            invalid(analyst().queryParam("limit", limit).get("/v1/duties").then(), "limit")
                    .body("errors[0].message", containsString("1 to 1000"));
        }
        analyst().queryParam("limit", 1000).get("/v1/duties").then().statusCode(200);
        invalid(analyst().queryParams("status", Collections.nCopies(201, "ISSUED")).get("/v1/directions").then(), "status");
        invalid(analyst().queryParam("cursor", "c".repeat(2001)).get("/v1/councils/E06000021/directions").then(), "cursor");
        analyst().queryParam("inForceOn", "2199-12-31").get("/v1/directions").then().statusCode(200);
    }

    @Test
    void bodyDatesAndNumbersOutOfBoundsAreRefusedAndNothingIsStored() {
        String gss = CouncilsServiceStub.testCouncil();
        for (String date : OUT_OF_RANGE) {
            Map<String, Object> body = Drafts.direction(gss, "2021-03-01");
            body.put("date", date);
            invalid(admin().body(body).post("/v1/directions").then(), "date")
                    .body("errors[0].message", containsString("1900-01-01 to 2199-12-31"));
            body = Drafts.direction(gss, "2021-03-01");
            at(body, "duties", 1, "cadence").put("dueOn", date);
            invalid(admin().body(body).post("/v1/directions").then(), "duties[1].cadence.dueOn");
            body = Drafts.direction(gss, "2021-03-01");
            at(body, "recitals", 0, "citations", 0).put("date", date);
            invalid(admin().body(body).post("/v1/directions").then(), "recitals[0].citations[0].date");
        }
        Map<String, Object> month = Drafts.direction(gss, "2021-03-01");
        at(month, "recitals", 0).put("citations", List.of(map("kind", "COMMISSIONER_REPORT", "month", "+999999999-12")));
        invalid(admin().body(month).post("/v1/directions").then(), "recitals[0].citations[0].month")
                .body("errors[0].message", containsString("1900-01 to 2199-12"));
        Map<String, Object> huge = Drafts.direction(gss, "2021-03-01");
        at(huge, "duties", 0).put("cadence", map("type", "EVERY_N_MONTHS", "months", new BigInteger("1000000000000000000000000000000")));
        invalid(admin().body(huge).post("/v1/directions").then(), "duties[0].cadence.months")
                .body("errors[0].message", containsString("out of range"));
        Map<String, Object> zero = Drafts.direction(gss, "2021-03-01");
        at(zero, "duties", 0).put("cadence", map("type", "EVERY_N_MONTHS", "months", 0));
        invalid(admin().body(zero).post("/v1/directions").then(), "duties[0].cadence.months");
        assertEquals(0, directionsOf(gss));

        // Medway's seed direction
        String medway = "/v1/directions/E06000035-2020-01-07";
        var before = analyst().get(medway).then().statusCode(200).extract();
        String etag = before.header("ETag");
        for (String date : OUT_OF_RANGE) {
            invalid(admin().header("If-Match", etag).body(Map.of("revokedOn", date, "reason", "Out of range."))
                    .post(medway + "/revocation").then(), "revokedOn");
        }
        analyst().get(medway).then().body("status", equalTo(before.path("status"))).header("ETag", equalTo(etag));
    }
}
