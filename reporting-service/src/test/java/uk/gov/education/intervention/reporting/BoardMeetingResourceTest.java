package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/** Improvement Board meetings, and the per-meeting duties that fall due on them. */
@QuarkusTest
class BoardMeetingResourceTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 6, 1);
    }

    @Test
    void aRecordedMeetingBringsItsPerMeetingReportsAndACancelledOneTakesThemAway() {
        // Medway: the DCS's comprehensive progress report to each meeting of the Improvement Board (8.d)
        var created = commissioner(MEDWAY).body(map("councilGssCode", MEDWAY, "meetsOn", "2020-03-12", "notes", "Board meeting"))
                .post("/v1/board-meetings").then().statusCode(201).body("status", equalTo("HELD")).extract();
        String id = created.path("id");
        String item = "E06000035-2020-01-07.board-progress-report.2020-03-12";
        analyst().queryParam("council", MEDWAY).queryParam("to", "2020-06-30").get("/v1/due-items").then().statusCode(200)
                .body("items.id", hasItem(item));
        analyst().get("/v1/due-items/" + item).then().statusCode(200)
                .body("providers", equalTo(List.of("DIRECTOR_OF_CHILDRENS_SERVICES")))
                .body("periodStart", equalTo("2020-01-08"))
                .body("status", equalTo("OVERDUE"));
        // the same board cannot meet twice on one day
        admin().body(map("councilGssCode", MEDWAY, "meetsOn", "2020-03-12")).post("/v1/board-meetings").then().statusCode(409);

        commissioner(MEDWAY).body(map("reason", "Recorded in error")).post("/v1/board-meetings/" + id + "/cancellation")
                .then().statusCode(428);
        commissioner(MEDWAY).header("If-Match", created.header("ETag")).body(map("reason", "Recorded in error"))
                .post("/v1/board-meetings/" + id + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        analyst().queryParam("council", MEDWAY).queryParam("to", "2020-06-30").get("/v1/due-items").then().statusCode(200)
                .body("items.id", not(hasItem(item)));
        analyst().get("/v1/board-meetings/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("recorded", "cancelled")));
        analyst().queryParam("council", MEDWAY).get("/v1/board-meetings").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("CANCELLED"));
    }

    @Test
    void aMeetingThatReportsAnswerCannotBeCancelled() {
        var created = admin().body(map("councilGssCode", MEDWAY, "meetsOn", "2020-05-14")).post("/v1/board-meetings").then()
                .statusCode(201).extract();
        SubmissionResourceTest.submit(reporter(MEDWAY), SubmissionResourceTest.forItem("E06000035-2020-01-07.board-progress-report.2020-05-14",
                SubmissionResourceTest.section("DIRECTOR_OF_CHILDRENS_SERVICES", "The DCS's report to the May board.")), 201);
        admin().header("If-Match", created.header("ETag")).body(map("reason", "Wrong day"))
                .post("/v1/board-meetings/" + created.path("id") + "/cancellation").then().statusCode(409)
                .body("type", equalTo("urn:problem-type:intervention:board-meeting-has-reports"));
        analyst().get("/v1/board-meetings/" + created.path("id")).then().body("status", equalTo("HELD"));
    }

    @Test
    void onlyTheDepartmentOrTheCouncilsCommissionerRecordsMeetings() {
        reporter(STOKE).body(map("councilGssCode", STOKE, "meetsOn", "2020-04-16")).post("/v1/board-meetings").then().statusCode(403);
        analyst().body(map("councilGssCode", STOKE, "meetsOn", "2020-04-16")).post("/v1/board-meetings").then().statusCode(403);
        commissionerOnlyOf(MEDWAY).body(map("councilGssCode", STOKE, "meetsOn", "2020-04-16")).post("/v1/board-meetings").then()
                .statusCode(403).body("rule", equalTo("oversight"));
        // a Commissioner whose appointment has not begun (or has ended) records nothing
        clock.setToday(LocalDate.of(2019, 12, 1));
        commissioner(MEDWAY).body(map("councilGssCode", MEDWAY, "meetsOn", "2019-11-28")).post("/v1/board-meetings").then()
                .statusCode(403).body("rule", equalTo("oversight"));
        reporter(MEDWAY).queryParam("council", STOKE).get("/v1/board-meetings").then().statusCode(403);
        analyst().queryParam("council", STOKE).queryParam("from", "2020-04-16").queryParam("to", "2020-04-16")
                .get("/v1/board-meetings").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void badInputIsAProblem() {
        admin().body(map("councilGssCode", "Stoke", "meetsOn", "2020-04-16")).post("/v1/board-meetings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("councilGssCode"));
        admin().body(map("councilGssCode", STOKE, "meetsOn", "16/04/2020")).post("/v1/board-meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("meetsOn"));
        admin().body(map("councilGssCode", STOKE)).post("/v1/board-meetings").then().statusCode(400);
        admin().body(map("councilGssCode", STOKE, "meetsOn", "2020-04-16", "chair", "x")).post("/v1/board-meetings").then()
                .statusCode(400).body("errors[0].field", equalTo("chair"));
        admin().get("/v1/board-meetings/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        analyst().queryParam("council", STOKE).queryParam("from", "2020-04-16").queryParam("to", "2020-04-16")
                .get("/v1/board-meetings").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }
}
