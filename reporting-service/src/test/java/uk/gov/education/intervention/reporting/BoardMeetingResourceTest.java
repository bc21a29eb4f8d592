package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void aCancellationAndASubmissionToTheSameMeetingAtOnceNeverLeaveAReportAnsweringACancelledMeeting() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int cancelled = 0;
        int answered = 0;
        try {
            for (int i = 0; i < 10; i++) {
                String day = LocalDate.of(2020, 7, 1).plusDays(i).toString();
                var meeting = admin().body(map("councilGssCode", MEDWAY, "meetsOn", day)).post("/v1/board-meetings").then()
                        .statusCode(201).extract();
                String id = meeting.path("id");
                String item = "E06000035-2020-01-07.board-progress-report." + day;
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> cancel = pool.submit(() -> {
                    go.await();
                    return admin().header("If-Match", meeting.header("ETag")).body(map("reason", "Recorded in error"))
                            .post("/v1/board-meetings/" + id + "/cancellation").then().extract().statusCode();
                });
                Future<Integer> submit = pool.submit(() -> {
                    go.await();
                    return reporter(MEDWAY).header("Idempotency-Key", UUID.randomUUID().toString())
                            .body(SubmissionResourceTest.forItem(item, SubmissionResourceTest.section("DIRECTOR_OF_CHILDRENS_SERVICES",
                                    "The DCS's report to the board of " + day + ".")))
                            .post("/v1/submissions").then().extract().statusCode();
                });
                go.countDown();
                int c = cancel.get(60, TimeUnit.SECONDS);
                int sub = submit.get(60, TimeUnit.SECONDS);
                String status = analyst().get("/v1/board-meetings/" + id).then().statusCode(200).extract().path("status");
                int reports = analyst().queryParam("dueItemId", item).get("/v1/submissions").then().statusCode(200)
                        .extract().jsonPath().getList("items").size();
                // exactly one of the two wins, and what is stored says the same
                String outcome = day + ": cancellation " + c + ", submission " + sub + ", meeting " + status + ", reports " + reports;
                if (c == 200) {
                    assertNotEquals(201, sub, outcome);
                    assertEquals("CANCELLED", status, outcome);
                    assertEquals(0, reports, outcome);
                    cancelled++;
                } else {
                    assertEquals(409, c, outcome);
                    assertEquals(201, sub, outcome);
                    assertEquals("HELD", status, outcome);
                    assertEquals(1, reports, outcome);
                    answered++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, cancelled + answered);
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
