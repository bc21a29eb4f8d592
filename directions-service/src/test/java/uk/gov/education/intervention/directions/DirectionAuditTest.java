package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.directions.Drafts.at;
import static uk.gov.education.intervention.directions.Drafts.reference;

/**
 * Every change to a direction - drafted, edited, issued, revoked by a successor or by a date - is
 * in its history and in GET /v1/audit, with who made it and each changed field before and after.
 */
@QuarkusTest
class DirectionAuditTest {

    private static final String ADMIN = "dev-dfe-admin@example.invalid";

    private static JsonPath history(String reference) {
        return analyst().get("/v1/directions/" + reference + "/history").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachChangeIsInTheHistoryWithWhoAndWhatChanged() {
        String gss = CouncilsServiceStub.testCouncil();
        String older = reference(gss, "2020-02-15");
        String ref = reference(gss, "2021-02-15");
        Drafts.issued(Drafts.direction(gss, "2020-02-15"));

        Map<String, Object> body = Drafts.revoking(gss, "2021-02-15", older);
        String etag = Drafts.draft(body);
        String firstTitle = (String) body.get("title");
        body.put("title", "Second title");
        at(body, "duties", 1, "cadence").put("dueOn", "2021-12-31");
        etag = admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then().statusCode(200).extract().header("ETag");
        etag = Drafts.issue(ref, etag);
        admin().header("If-Match", etag).body(Map.of("revokedOn", "2022-02-15", "reason", "Intervention ended."))
                .post("/v1/directions/" + ref + "/revocation").then().statusCode(200);

        analyst().get("/v1/directions/" + ref + "/history").then().statusCode(200)
                .body("items.action", contains("created", "updated", "issued", "revoked"))
                .body("items.actor", contains(ADMIN, ADMIN, ADMIN, ADMIN))
                .body("items.entityType", contains("direction", "direction", "direction", "direction"))
                .body("items.entityId", contains(ref, ref, ref, ref))
                .body("items.occurredAt", everyItem(notNullValue()))
                .body("next", nullValue())
                // drafted: every field from nothing
                .body("items[0].changes.status.from", nullValue())
                .body("items[0].changes.status.to", equalTo("DRAFT"))
                .body("items[0].changes.reference.to", equalTo(ref))
                .body("items[0].changes.title.to", equalTo(firstTitle))
                .body("items[0].changes.revokes.to", equalTo(older))
                // edited: only what changed, before and after
                .body("items[1].changes.title.from", equalTo(firstTitle))
                .body("items[1].changes.title.to", equalTo("Second title"))
                .body("items[1].changes.duties.from[1].cadence.dueOn", equalTo("2021-05-15"))
                .body("items[1].changes.duties.to[1].cadence.dueOn", equalTo("2021-12-31"))
                .body("items[1].changes", not(hasKey("reference")))
                .body("items[1].changes", not(hasKey("recitals")))
                .body("items[1].changes", not(hasKey("status")))
                // issued
                .body("items[2].changes.status.from", equalTo("DRAFT"))
                .body("items[2].changes.status.to", equalTo("ISSUED"))
                .body("items[2].changes.councilName.from", nullValue())
                .body("items[2].changes.councilName.to", equalTo(CouncilsServiceStub.KNOWN.get(gss)))
                .body("items[2].changes.issuedAt.to", notNullValue())
                .body("items[2].changes", not(hasKey("title")))
                // revoked by a date
                .body("items[3].changes.status.from", equalTo("ISSUED"))
                .body("items[3].changes.status.to", equalTo("REVOKED"))
                .body("items[3].changes.revokedOn.from", nullValue())
                .body("items[3].changes.revokedOn.to", equalTo("2022-02-15"))
                .body("items[3].changes.revocationReason.to", equalTo("Intervention ended."));

        // the direction it revoked: revoked by it, on its date, in its own history
        analyst().get("/v1/directions/" + older + "/history").then()
                .body("items.action", contains("created", "issued", "revoked"))
                .body("items[2].actor", equalTo(ADMIN))
                .body("items[2].changes.status.to", equalTo("REVOKED"))
                .body("items[2].changes.revokedOn.to", equalTo("2021-02-15"))
                .body("items[2].changes.revokedBy.from", nullValue())
                .body("items[2].changes.revokedBy.to", equalTo(ref));

        // sequences rise with time, and the service-wide audit list holds the same entries
        List<Long> sequences = new ArrayList<>();
        history(ref).getList("items.sequence", Long.class).forEach(sequences::add);
        for (int i = 1; i < sequences.size(); i++) {
            assertTrue(sequences.get(i) > sequences.get(i - 1), "sequence order " + sequences);
        }
        JsonPath audit = analyst().queryParam("entityType", "direction").queryParam("entityId", ref).get("/v1/audit").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(history(ref).getList("items"), audit.getList("items"));
    }

    @Test
    void theIssueAndTheRevocationItBringsAreRecordedTogether() {
        String gss = CouncilsServiceStub.testCouncil();
        String older = reference(gss, "2020-03-15");
        String ref = reference(gss, "2021-03-15");
        Drafts.issued(Drafts.direction(gss, "2020-03-15"));
        Drafts.issued(Drafts.revoking(gss, "2021-03-15", older));

        long revoked = history(older).getLong("items[2].sequence");
        long issued = history(ref).getLong("items[1].sequence");
        assertEquals("revoked", history(older).getString("items[2].action"));
        assertEquals("issued", history(ref).getString("items[1].action"));
        // the revocation is written first and the issue straight after it: nothing comes between them
        assertEquals(revoked + 1, issued);
    }

    @Test
    void theAuditListPagesInOrder() {
        String gss = CouncilsServiceStub.testCouncil();
        String ref = reference(gss, "2021-05-15");
        Map<String, Object> body = Drafts.direction(gss, "2021-05-15");
        String etag = Drafts.draft(body);
        for (int i = 0; i < 3; i++) {
            body.put("title", "Title " + i);
            etag = admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then().statusCode(200).extract().header("ETag");
        }
        List<String> actions = new ArrayList<>();
        String cursor = null;
        do {
            var request = analyst().queryParam("entityType", "direction").queryParam("entityId", ref).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/audit").then().statusCode(200).extract().jsonPath();
            actions.addAll(page.getList("items.action"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(List.of("created", "updated", "updated", "updated"), actions);
        analyst().queryParam("limit", 2).get("/v1/directions/" + ref + "/history").then()
                .body("items.action", contains("created", "updated"))
                .body("next", notNullValue());
    }
}
