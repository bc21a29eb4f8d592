package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.Parallel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * Many changes sent at the same moment with the same ETag: exactly one is applied, and every other
 * is refused with 412 (the record changed since the ETag was read), never a 409, a 500 or a second
 * change; the history holds the one change.
 */
@QuarkusTest
class ConcurrentChangeTest {

    private static final int N = 8;
    private static final int ROUNDS = 3;
    private static final AtomicInteger SEQ = new AtomicInteger(500);

    private static String freshCouncil() {
        int n = SEQ.incrementAndGet();
        String gss = String.format("E079%05d", n);
        admin().body(Map.of("gssCode", gss, "name", "Race council " + n, "type", "COUNTY_COUNCIL", "region", "SOUTH_WEST"))
                .post("/v1/councils").then().statusCode(201);
        return gss;
    }

    /** Sends the change N times at once; asserts one 200 and N-1 412 problems. */
    private static void exactlyOneWins(IntFunction<ExtractableResponse<Response>> change) {
        List<ExtractableResponse<Response>> answers = Parallel.run(N, change);
        List<Integer> statuses = answers.stream().map(ExtractableResponse::statusCode).sorted().toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one change is applied: " + statuses);
        assertEquals(N - 1, statuses.stream().filter(s -> s == 412).count(), "every other is 412: " + statuses);
        answers.stream().filter(a -> a.statusCode() == 412).forEach(a -> {
            assertEquals("application/problem+json", a.contentType());
            assertEquals("urn:problem-type:intervention:precondition-failed", a.path("type"));
        });
    }

    @Test
    void parallelEndsOfAnAppointmentWithOneEtagAreAppliedOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            String person = admin().body(Map.of("fullName", "Race Person " + SEQ.incrementAndGet()))
                    .post("/v1/people").then().statusCode(201).extract().path("id");
            var created = admin().body(Map.of("roleCode", "IMPROVEMENT_BOARD_CHAIR", "councilGssCode", freshCouncil(),
                            "personId", person, "startsOn", "2022-06-01",
                            "instrument", Map.of("type", "LETTER_OF_APPOINTMENT", "reference", "race", "date", "2022-06-01")))
                    .post("/v1/appointments").then().statusCode(201).extract();
            String id = created.path("id");
            String etag = created.header("ETag");
            exactlyOneWins(i -> admin().header("If-Match", etag)
                    .body(Map.of("endsOn", "2023-0" + (1 + i % 9) + "-01", "reason", "Term over (" + i + ")"))
                    .post("/v1/appointments/" + id + "/end").then().extract());
            analyst().get("/v1/appointments/" + id + "/history").then().statusCode(200)
                    .body("items.action", contains("created", "ended"));
        }
    }

    @Test
    void parallelCorrectionsOfAnInspectionWithOneEtagAreAppliedOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            String gss = freshCouncil();
            var created = admin().body(Map.of("framework", "ILACS_2018", "publishedOn", "2019-02-01", "overallEffectiveness", "INADEQUATE"))
                    .post("/v1/councils/" + gss + "/inspections").then().statusCode(201).extract();
            String id = created.path("id");
            String etag = created.header("ETag");
            exactlyOneWins(i -> admin().header("If-Match", etag)
                    .body(Map.of("framework", "ILACS_2018", "publishedOn", "2019-02-" + (10 + i), "overallEffectiveness", "INADEQUATE"))
                    .put("/v1/inspections/" + id).then().extract());
            analyst().get("/v1/inspections/" + id + "/history").then().statusCode(200)
                    .body("items.action", contains("created", "corrected"));
        }
    }
}
