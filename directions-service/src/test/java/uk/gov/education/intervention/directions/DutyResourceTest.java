package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.directions.Drafts.reference;

/**
 * GET /v1/duties, the list reporting-service builds schedules from: the duties of issued and
 * revoked directions only, flattened with their direction's facts, paged, with an ETag a client
 * sends back to learn that nothing changed.
 */
@QuarkusTest
class DutyResourceTest {

    @Test
    void dutiesOfIssuedAndRevokedDirectionsCarryTheirDirectionsFacts() {
        String gss = CouncilsServiceStub.testCouncil();
        String first = reference(gss, "2020-07-31");
        String second = reference(gss, "2021-07-31");
        Drafts.issued(Drafts.direction(gss, "2020-07-31"));
        Drafts.issued(Drafts.revoking(gss, "2021-07-31", first));
        Drafts.draft(Drafts.revoking(gss, "2022-07-31", second));

        analyst().queryParam("council", gss).get("/v1/duties").then().statusCode(200)
                .body("items.id", contains(first + "/monthly-progress-report", first + "/improvement-plan", first + "/minister-report",
                        second + "/monthly-progress-report", second + "/improvement-plan", second + "/minister-report"))
                .body("items.directionStatus", contains("REVOKED", "REVOKED", "REVOKED", "ISSUED", "ISSUED", "ISSUED"))
                .body("items[0].revokedOn", equalTo("2021-07-31"))
                .body("items[3].revokedOn", nullValue())
                .body("items[1].cadence.dueOn", equalTo("2020-10-31"))
                .body("items[2].cadence.offsets", contains(6, 12))
                .body("items[2].clause", equalTo("Annex.1"))
                .body("items[2].recipient", equalTo("MINISTER_CHILDREN_FAMILIES"))
                .body("items[5].directionDate", equalTo("2021-07-31"))
                .body("next", nullValue());
        analyst().queryParam("council", gss).queryParam("status", "ISSUED").get("/v1/duties").then()
                .body("items.directionReference", contains(second, second, second));
        analyst().queryParam("council", gss).queryParam("status", "REVOKED").get("/v1/duties").then()
                .body("items.directionReference", contains(first, first, first));
    }

    @Test
    void pagesOfDutiesAreStableAndTheLastHasNoNext() {
        String gss = CouncilsServiceStub.testCouncil();
        Drafts.issued(Drafts.direction(gss, "2020-08-31"));
        Drafts.issued(Drafts.revoking(gss, "2021-08-31", reference(gss, "2020-08-31")));
        List<String> all = analyst().queryParam("council", gss).get("/v1/duties").then().extract().jsonPath().getList("items.id");
        assertEquals(6, all.size());

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = analyst().queryParam("council", gss).queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/duties").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(all, paged);
        assertEquals(2, pages);
    }

    @Test
    void anUnchangedListIsNotSentAgain() {
        String gss = CouncilsServiceStub.testCouncil();
        String ref = reference(gss, "2020-09-30");
        String directionEtag = Drafts.issued(Drafts.direction(gss, "2020-09-30"));
        String etag = analyst().queryParam("council", gss).get("/v1/duties").then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");

        analyst().queryParam("council", gss).header("If-None-Match", etag).get("/v1/duties").then()
                .statusCode(304).header("ETag", equalTo(etag));
        analyst().queryParam("council", gss).header("If-None-Match", "\"something-else\"").get("/v1/duties").then()
                .statusCode(200);

        admin().header("If-Match", directionEtag).body(Map.of("revokedOn", "2022-09-30", "reason", "Ended."))
                .post("/v1/directions/" + ref + "/revocation").then().statusCode(200);
        String after = analyst().queryParam("council", gss).header("If-None-Match", etag).get("/v1/duties").then()
                .statusCode(200)
                .body("items[0].revokedOn", equalTo("2022-09-30"))
                .extract().header("ETag");
        assertNotEquals(etag, after);
    }

    @Test
    void theFirstPagesTagCoversEveryPage() {
        String gss = CouncilsServiceStub.testCouncil();
        Drafts.issued(Drafts.direction(gss, "2020-10-31"));
        String later = reference(gss, "2021-10-31");
        String laterEtag = Drafts.issued(Drafts.revoking(gss, "2021-10-31", reference(gss, "2020-10-31")));
        String etag = analyst().queryParam("council", gss).queryParam("limit", 3).get("/v1/duties").then().statusCode(200)
                .body("items.directionReference", contains(reference(gss, "2020-10-31"), reference(gss, "2020-10-31"),
                        reference(gss, "2020-10-31")))
                .body("next", notNullValue())
                .extract().header("ETag");
        analyst().queryParam("council", gss).queryParam("limit", 3).header("If-None-Match", etag).get("/v1/duties").then()
                .statusCode(304);

        // a change on the second page alone: the first page reads the same, but its tag says the feed changed
        admin().header("If-Match", laterEtag).body(Map.of("revokedOn", "2022-10-31", "reason", "Ended."))
                .post("/v1/directions/" + later + "/revocation").then().statusCode(200);
        String after = analyst().queryParam("council", gss).queryParam("limit", 3).header("If-None-Match", etag)
                .get("/v1/duties").then().statusCode(200)
                .body("items[0].revokedOn", equalTo("2021-10-31"))
                .extract().header("ETag");
        assertNotEquals(etag, after);
        // a later page keeps a tag of its own content
        String cursor = analyst().queryParam("council", gss).queryParam("limit", 3).get("/v1/duties").then().extract().path("next");
        String second = analyst().queryParam("council", gss).queryParam("limit", 3).queryParam("cursor", cursor).get("/v1/duties")
                .then().statusCode(200).body("items[0].revokedOn", equalTo("2022-10-31")).extract().header("ETag");
        analyst().queryParam("council", gss).queryParam("limit", 3).queryParam("cursor", cursor).header("If-None-Match", second)
                .get("/v1/duties").then().statusCode(304);
    }
}
