package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.Parallel;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * Many edits of one draft sent at the same moment with the same ETag: exactly one is applied and
 * every other is refused with 412, and the draft's history holds the one edit.
 */
@QuarkusTest
class ConcurrentChangeTest {

    private static final int N = 8;

    @Test
    void parallelEditsOfADraftWithOneEtagAreAppliedOnce() {
        for (int round = 0; round < 3; round++) {
            String gss = CouncilsServiceStub.testCouncil();
            String date = "2022-0" + (3 + round) + "-01";
            String reference = Drafts.reference(gss, date);
            String etag = Drafts.draft(Drafts.direction(gss, date));
            List<ExtractableResponse<Response>> answers = Parallel.run(N, i -> {
                Map<String, Object> edited = Drafts.direction(gss, date);
                edited.put("title", "EDIT " + i + " OF THE DIRECTION TO " + gss);
                return admin().header("If-Match", etag).body(edited).put("/v1/directions/" + reference).then().extract();
            });
            List<Integer> statuses = answers.stream().map(ExtractableResponse::statusCode).sorted().toList();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one edit is applied: " + statuses);
            assertEquals(N - 1, statuses.stream().filter(s -> s == 412).count(), "every other is 412: " + statuses);
            answers.stream().filter(a -> a.statusCode() == 412).forEach(a ->
                    assertEquals("urn:problem-type:intervention:precondition-failed", a.path("type")));
            String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("title");
            analyst().get("/v1/directions/" + reference).then().statusCode(200)
                    .body("title", org.hamcrest.Matchers.equalTo(winner)).body("title", startsWith("EDIT "));
            analyst().get("/v1/directions/" + reference + "/history").then().statusCode(200)
                    .body("items.action", contains("created", "updated"));
        }
    }
}
