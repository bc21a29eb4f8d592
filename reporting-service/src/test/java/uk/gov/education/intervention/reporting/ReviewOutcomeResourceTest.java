package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.ELEANOR;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/** The outcomes of the reviews the directions require: who records and reads them, and how they are counted. */
@QuarkusTest
class ReviewOutcomeResourceTest extends StandInTest {

    /** Stoke-on-Trent's 3-monthly performance reviews (7.e.b), found by the duty's kind in the tests, not only by code. */
    static final String STOKE_JAN = "E06000021-2019-10-31.performance-review.2020-01-31";
    static final String STOKE_APR = "E06000021-2019-10-31.performance-review.2020-04-30";
    static final String STOKE_JUL = "E06000021-2019-10-31.performance-review.2020-07-31";
    /** Medway's Commissioner-led review at 6 months (8.e). */
    static final String MEDWAY_6 = "E06000035-2020-01-07.commissioner-review.2020-07-07";

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 8, 15);
    }

    static Map<String, Object> outcome(String item, String heldOn, String role, Boolean sufficient, String recommendation) {
        return map("dueItemId", item, "heldOn", heldOn, "ledBy", map("roleCode", role), "sufficientProgress", sufficient,
                "recommendation", recommendation, "summary", "What the review found.");
    }

    private static int stored(String council) {
        return analyst().queryParam("council", council).queryParam("limit", 200).get("/v1/review-outcomes").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void theCommissionerRecordsAnOutcomeThatTheCouncilReadsTheCommissionerCorrectsAndTheAggregatesCount() {
        var created = commissioner(STOKE).body(outcome(STOKE_JAN, "2020-01-30", "CHILDRENS_SERVICES_COMMISSIONER", true, "CONTINUE"))
                .post("/v1/review-outcomes").then().statusCode(201)
                .body("kind", equalTo("PERFORMANCE_REVIEW"))
                .body("dutyId", equalTo("E06000021-2019-10-31/performance-review"))
                .body("dueOn", equalTo("2020-01-31"))
                .body("heldOn", equalTo("2020-01-30"))
                .body("ledBy.roleCode", equalTo("CHILDRENS_SERVICES_COMMISSIONER"))
                .body("ledBy.appointmentId", equalTo("d0000000-0000-4000-8000-000000000002"))
                .body("ledBy.holderKind", equalTo("PERSON"))
                .body("ledBy.holderId", equalTo(ELEANOR))
                .body("sufficientProgress", equalTo(true))
                .body("recommendation", equalTo("CONTINUE"))
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");

        // the council's own staff read it; the same review has one outcome
        reporter(STOKE).get("/v1/review-outcomes/" + id).then().statusCode(200).body("summary", equalTo("What the review found."));
        reporter(STOKE).queryParam("council", STOKE).get("/v1/review-outcomes").then().statusCode(200).body("items.id", hasItem(id));
        admin().body(outcome(STOKE_JAN, "2020-01-30", "CHILDRENS_SERVICES_COMMISSIONER", true, "CONTINUE"))
                .post("/v1/review-outcomes").then().statusCode(409)
                .body("type", equalTo("urn:problem-type:intervention:review-outcome-exists"));

        Map<String, Object> correction = map("heldOn", "2020-01-29", "ledBy", map("roleCode", "CHILDRENS_SERVICES_COMMISSIONER"),
                "sufficientProgress", false, "recommendation", "REMOVAL_OF_SERVICE_CONTROL");
        commissioner(STOKE).body(correction).put("/v1/review-outcomes/" + id).then().statusCode(428);
        commissioner(STOKE).header("If-Match", etag).body(correction).put("/v1/review-outcomes/" + id).then().statusCode(200)
                .body("heldOn", equalTo("2020-01-29"))
                .body("sufficientProgress", equalTo(false))
                .body("recommendation", equalTo("REMOVAL_OF_SERVICE_CONTROL"))
                .body("summary", equalTo(null));
        // a second change with the ETag read before the first is refused
        admin().header("If-Match", etag).body(correction).put("/v1/review-outcomes/" + id).then().statusCode(412);
        analyst().get("/v1/review-outcomes/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("recorded", "corrected")));

        // Medway's review at 6 months, led by the non-executive Commissioner, advising on alternative arrangements (Annex B.4)
        commissioner(MEDWAY).body(outcome(MEDWAY_6, "2020-07-07", "NON_EXECUTIVE_COMMISSIONER", false, "ALTERNATIVE_DELIVERY_AND_GOVERNANCE"))
                .post("/v1/review-outcomes").then().statusCode(201).body("kind", equalTo("REVIEW"));

        analyst().queryParam("council", STOKE).queryParam("from", "2020-01").queryParam("to", "2020-02")
                .get("/v1/aggregates/monthly").then().statusCode(200)
                .body("councils[0].periods[0].reviews.held", equalTo(1))
                .body("councils[0].periods[0].reviews.sufficientProgress", equalTo(0))
                .body("councils[0].periods[0].reviews.insufficientProgress", equalTo(1))
                .body("councils[0].periods[0].reviews.recommendations.REMOVAL_OF_SERVICE_CONTROL", equalTo(1))
                .body("councils[0].periods[0].reviews.recommendations.CONTINUE", equalTo(0))
                .body("councils[0].periods[1].reviews.held", equalTo(0));
        analyst().queryParam("council", MEDWAY).queryParam("from", "2020-Q3").queryParam("to", "2020-Q3")
                .get("/v1/aggregates/quarterly").then().statusCode(200)
                .body("councils[0].periods[0].reviews.held", equalTo(1))
                .body("councils[0].periods[0].reviews.recommendations.ALTERNATIVE_DELIVERY_AND_GOVERNANCE", equalTo(1))
                .body("allCouncils[0].reviews.held", equalTo(1));
        analyst().queryParam("council", MEDWAY).queryParam("kind", "REVIEW").get("/v1/review-outcomes").then().statusCode(200)
                .body("items.dueItemId", equalTo(List.of(MEDWAY_6)));
    }

    @Test
    void onlyTheDepartmentOrTheCouncilsCommissionerRecordsAndOnlyWholeReportReadersRead() {
        int before = stored(STOKE);
        Map<String, Object> body = outcome(STOKE_APR, "2020-04-30", "CHILDRENS_SERVICES_COMMISSIONER", true, "CONTINUE");
        reporter(STOKE).body(body).post("/v1/review-outcomes").then().statusCode(403);
        analyst().body(body).post("/v1/review-outcomes").then().statusCode(403);
        commissionerOnlyOf(MEDWAY).body(body).post("/v1/review-outcomes").then().statusCode(403).body("rule", equalTo("oversight"));
        // a Commissioner whose appointment has ended records nothing
        Downstream.reset();
        Downstream.endAppointmentsOfPerson(ELEANOR, STOKE, LocalDate.of(2020, 6, 30));
        commissioner(STOKE).body(body).post("/v1/review-outcomes").then().statusCode(403).body("rule", equalTo("oversight"));
        Downstream.reset();
        org.junit.jupiter.api.Assertions.assertEquals(before, stored(STOKE));

        String id = admin().body(body).post("/v1/review-outcomes").then().statusCode(201).extract().path("id");
        // a partner authority has standing for Stoke-on-Trent but does not read the council's oversight records
        reporter(STOCKPORT).get("/v1/review-outcomes/" + id).then().statusCode(403).body("rule", equalTo("council-access"));
        reporter(STOCKPORT).queryParam("council", STOKE).get("/v1/review-outcomes").then().statusCode(403);
        reporter(STOCKPORT).get("/v1/review-outcomes").then().statusCode(200).body("items", empty());
        reporter(MEDWAY).get("/v1/review-outcomes/" + id + "/history").then().statusCode(403);
        reporter(MEDWAY).get("/v1/review-outcomes").then().statusCode(200).body("items.id", not(hasItem(id)));
        commissioner(STOKE).get("/v1/review-outcomes/" + id).then().statusCode(200);
        reporter(STOKE).header("If-Match", "\"0\"").body(map("heldOn", "2020-04-30", "ledBy", map("roleCode",
                "CHILDRENS_SERVICES_COMMISSIONER"), "sufficientProgress", false, "recommendation", "CONTINUE"))
                .put("/v1/review-outcomes/" + id).then().statusCode(403);
        analyst().get("/v1/review-outcomes/" + id).then().body("sufficientProgress", equalTo(true));
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        int stoke = stored(STOKE);
        int medway = stored(MEDWAY);
        String c = "CHILDRENS_SERVICES_COMMISSIONER";
        admin().body(outcome("Stoke's July review", "2020-07-30", c, true, "CONTINUE")).post("/v1/review-outcomes").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("dueItemId"));
        admin().body(outcome(STOKE_JUL, "2020-07-30", c, true, "CARRY_ON")).post("/v1/review-outcomes").then().statusCode(400)
                .body("errors[0].field", equalTo("recommendation"));
        admin().body(outcome(STOKE_JUL, "2020-07-30", c, null, "CONTINUE")).post("/v1/review-outcomes").then().statusCode(400)
                .body("errors[0].field", equalTo("sufficientProgress"));
        admin().body(outcome(STOKE_JUL, "2020-07-30", "commissioner", true, "CONTINUE")).post("/v1/review-outcomes").then()
                .statusCode(400).body("errors[0].field", equalTo("ledBy.roleCode"));
        // a number is not a boolean: 2 (or 0) is refused, not read as true (or false)
        for (Object notABoolean : List.of(2, 0, 1.0, "true")) {
            Map<String, Object> numeric = outcome(STOKE_JUL, "2020-07-30", c, true, "CONTINUE");
            numeric.put("sufficientProgress", notABoolean);
            admin().body(numeric).post("/v1/review-outcomes").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("sufficientProgress"));
        }
        Map<String, Object> extra = outcome(STOKE_JUL, "2020-07-30", c, true, "CONTINUE");
        extra.put("verdict", "good");
        admin().body(extra).post("/v1/review-outcomes").then().statusCode(400).body("errors[0].field", equalTo("verdict"));
        Map<String, Object> longSummary = outcome(STOKE_JUL, "2020-07-30", c, true, "CONTINUE");
        longSummary.put("summary", "x".repeat(4001));
        admin().body(longSummary).post("/v1/review-outcomes").then().statusCode(400).body("errors[0].field", equalTo("summary"));
        // a review not yet held, or held before the direction
        admin().body(outcome(STOKE_JUL, "2020-08-16", c, true, "CONTINUE")).post("/v1/review-outcomes").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        admin().body(outcome(STOKE_JUL, "2019-10-30", c, true, "CONTINUE")).post("/v1/review-outcomes").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        // not a review: the monthly progress report; not a due date of the review
        admin().body(outcome("E06000021-2019-10-31.monthly-progress-report.2020-07-31", "2020-07-30", c, true, "CONTINUE"))
                .post("/v1/review-outcomes").then().statusCode(422).body("rule", equalTo("not-a-review"));
        admin().body(outcome("E06000021-2019-10-31.performance-review.2020-07-30", "2020-07-30", c, true, "CONTINUE"))
                .post("/v1/review-outcomes").then().statusCode(404);
        // a leader nobody was appointed as that day; a role several held, without saying whose appointment
        admin().body(outcome(MEDWAY_6, "2020-07-07", "IMPROVEMENT_BOARD_CHAIR", true, "CONTINUE")).post("/v1/review-outcomes").then()
                .statusCode(422).body("rule", equalTo("review-leader-not-appointed"));
        admin().body(outcome(STOKE_JUL, "2020-07-30", "PARTNER_IN_PRACTICE", true, "CONTINUE")).post("/v1/review-outcomes").then()
                .statusCode(422).body("rule", equalTo("review-leader-ambiguous"));
        Map<String, Object> wrongAppointment = outcome(STOKE_JUL, "2020-07-30", c, true, "CONTINUE");
        wrongAppointment.put("ledBy", map("roleCode", c, "appointmentId", "d0000000-0000-4000-8000-000000000001"));
        admin().body(wrongAppointment).post("/v1/review-outcomes").then().statusCode(422)
                .body("rule", equalTo("review-leader-not-appointed"));
        // councils-service cannot say who led it: 503, nothing stored
        Downstream.councilsDown();
        admin().body(outcome(STOKE_JUL, "2020-07-30", c, true, "CONTINUE")).post("/v1/review-outcomes").then().statusCode(503)
                .body("dependency", equalTo("councils-service"));
        Downstream.reset();
        admin().get("/v1/review-outcomes/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        analyst().queryParam("kind", "MONTHLY").get("/v1/review-outcomes").then().statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(stoke, stored(STOKE));
        org.junit.jupiter.api.Assertions.assertEquals(medway, stored(MEDWAY));
    }
}
