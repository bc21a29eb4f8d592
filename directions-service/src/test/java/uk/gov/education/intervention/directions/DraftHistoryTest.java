package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;

/**
 * Drafts are the Department's alone, before and after issue: once a direction is issued, its
 * history shows the other roles what happened from its issue on, and nothing of the draft (what it
 * first said, how it was edited, or who in the Department wrote it).
 */
@QuarkusTest
class DraftHistoryTest {

    @Test
    void afterIssueOnlyTheDepartmentSeesTheDraftsHistory() {
        String gss = CouncilsServiceStub.testCouncil();
        String ref = Drafts.reference(gss, "2021-04-01");
        Map<String, Object> body = Drafts.direction(gss, "2021-04-01");
        String etag = Drafts.draft(body);
        body.put("title", "XYZZY: A TITLE ONLY THE DRAFT HAD");
        etag = admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then().statusCode(200).extract().header("ETag");
        body.put("title", "STATUTORY DIRECTION AS ISSUED");
        etag = admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then().statusCode(200).extract().header("ETag");
        etag = Drafts.issue(ref, etag);
        admin().header("If-Match", etag).body(Map.of("revokedOn", "2022-04-01", "reason", "Intervention ended."))
                .post("/v1/directions/" + ref + "/revocation").then().statusCode(200);

        analyst().get("/v1/directions/" + ref + "/history").then().statusCode(200)
                .body("items.action", contains("created", "updated", "updated", "issued", "revoked"));
        for (Supplier<RequestSpecification> other : List.<Supplier<RequestSpecification>>of(
                () -> commissioner(gss), () -> reporter(gss), () -> reporter("E06000021"))) {
            String history = other.get().get("/v1/directions/" + ref + "/history").then().statusCode(200)
                    .body("items.action", contains("issued", "revoked"))
                    .body("items.changes.title", not(hasItem(org.hamcrest.Matchers.notNullValue())))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(history.contains("XYZZY"), history);
        }
        // the seed directions' history starts at their recording, for everyone
        reporter("E06000021").get("/v1/directions/E06000021-2019-10-31/history").then().statusCode(200)
                .body("items[0].action", equalTo("seeded"));
    }
}
