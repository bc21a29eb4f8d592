package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.Parallel;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.ESSEX;
import static uk.gov.education.intervention.reporting.Downstream.STOCKPORT;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/**
 * Requests that meet: reviews sent at once with one ETag (one is applied, the rest 412), POSTs sent
 * at once with one Idempotency-Key (one submission; the rest replay it or are told it is in flight),
 * and both Partners in Practice for Stoke-on-Trent pushing their sections of one report at once
 * (both kept). What is stored is counted in the database directly. Uses Stoke-on-Trent's monthly
 * progress reports of 2022, which no other test touches.
 */
@QuarkusTest
class ConcurrencyTest extends StandInTest {

    private static final int N = 8;
    private static final String MONTHLY = "E06000021-2019-10-31.monthly-progress-report.";

    @Inject
    EntityManager db;

    @Override
    LocalDate today() {
        return LocalDate.of(2022, 9, 15);
    }

    private long count(String sql, Object... params) {
        var q = db.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static Map<String, Object> adHoc(String title) {
        return map("councilGssCode", STOKE, "title", title,
                "sections", List.of(map("contributor", "COUNCIL", "narrative", "The council's account: " + title)));
    }

    @Test
    void parallelReviewsWithOneEtagAreAppliedOnce() {
        for (int round = 0; round < 3; round++) {
            var created = admin().header("Idempotency-Key", UUID.randomUUID().toString()).body(adHoc("Race to review " + round))
                    .post("/v1/submissions").then().statusCode(201).extract();
            String id = created.path("id");
            String etag = created.header("ETag");
            List<ExtractableResponse<Response>> answers = Parallel.run(N, i -> admin().header("If-Match", etag)
                    .body(i % 2 == 0 ? map("decision", "ACCEPT") : map("decision", "RETURN", "comments", "Reviewer " + i))
                    .post("/v1/submissions/" + id + "/reviews").then().extract());
            List<Integer> statuses = answers.stream().map(ExtractableResponse::statusCode).sorted().toList();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one review is applied: " + statuses);
            assertEquals(N - 1, statuses.stream().filter(s -> s == 412).count(), "every other is 412: " + statuses);
            answers.stream().filter(a -> a.statusCode() == 412).forEach(a ->
                    assertEquals("urn:problem-type:intervention:precondition-failed", a.path("type")));
            assertEquals(1, count("SELECT count(*) FROM submission_review WHERE submission_id = ?1", UUID.fromString(id)));
            analyst().get("/v1/submissions/" + id + "/history").then().statusCode(200)
                    .body("items.action", contains("submitted", decision(answers)));
        }
    }

    private static String decision(List<ExtractableResponse<Response>> answers) {
        String status = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("status");
        return "ACCEPTED".equals(status) ? "accepted" : "returned";
    }

    @Test
    void parallelPostsWithOneIdempotencyKeyMakeOneSubmission() {
        for (int round = 0; round < 3; round++) {
            String item = MONTHLY + "2022-0" + (1 + round) + "-" + (round == 1 ? "28" : "31");
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = map("dueItemId", item,
                    "sections", List.of(map("contributor", "DIRECTOR_OF_CHILDRENS_SERVICES", "narrative", "Sent once, arrived " + N + " times.")));
            List<ExtractableResponse<Response>> answers = Parallel.run(N, i -> admin().header("Idempotency-Key", key).body(body)
                    .post("/v1/submissions").then().extract());
            List<String> statuses = answers.stream().map(a -> a.statusCode() + (a.statusCode() >= 400 ? " " + a.asString() : "")).toList();
            Set<String> ids = new HashSet<>();
            int firsts = 0;
            for (var a : answers) {
                assertTrue(a.statusCode() == 201 || a.statusCode() == 409, "201 (first or replay) or 409 (in flight): " + statuses);
                if (a.statusCode() == 201) {
                    ids.add(a.path("id"));
                    if (!"true".equals(a.header("Idempotent-Replayed"))) {
                        firsts++;
                    }
                } else {
                    assertEquals("urn:problem-type:intervention:idempotency-request-in-flight", a.path("type"));
                }
            }
            assertEquals(1, firsts, "one request did the work, the others replayed it or were told to wait: " + statuses);
            assertEquals(1, ids.size(), "every 201 names the same submission: " + ids);
            assertEquals(1, count("SELECT count(*) FROM submission WHERE due_item_id = ?1", item));
            assertEquals(1, count("SELECT count(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id "
                    + "WHERE s.due_item_id = ?1", item));
        }
    }

    @Test
    void twoPartnersPushingToOneDueItemAtOnceAreBothKept() {
        for (int round = 0; round < 4; round++) {
            String item = MONTHLY + "2022-0" + (4 + round) + "-" + (round % 2 == 0 ? "30" : "31");
            List<String> partners = List.of(STOCKPORT, ESSEX);
            List<ExtractableResponse<Response>> answers = Parallel.run(2, i -> reporter(partners.get(i))
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(map("dueItemId", item, "sections", List.of(map("contributor", "PARTNER_IN_PRACTICE",
                            "narrative", partners.get(i) + "'s section."))))
                    .post("/v1/submissions").then().extract());
            assertEquals(List.of(201, 201), answers.stream().map(ExtractableResponse::statusCode).toList());
            assertEquals(answers.get(0).<String>path("id"), answers.get(1).path("id"), "one report for the due item");
            assertEquals(1, count("SELECT count(*) FROM submission WHERE due_item_id = ?1", item));
            assertEquals(2, count("SELECT count(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id "
                    + "WHERE s.due_item_id = ?1", item));
            analyst().queryParam("dueItemId", item).get("/v1/submissions").then().statusCode(200)
                    .body("items[0].currentVersion", org.hamcrest.Matchers.equalTo(2))
                    .body("items[0].sections.organisationGssCode", containsInAnyOrder(STOCKPORT, ESSEX))
                    .body("items[0].sections.narrative", containsInAnyOrder(STOCKPORT + "'s section.", ESSEX + "'s section."));
        }
    }
}
