package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.directions.Drafts.at;
import static uk.gov.education.intervention.directions.Drafts.reference;

/**
 * A direction's view and documents are kept per version (RenderedDirections): every read after a
 * change (an edit of the text or of the duties alone, the issue, the revocation) shows the change
 * and its new ETag, never what was kept of the version before.
 */
@QuarkusTest
class RenderedDirectionsTest {

    @Test
    void everyReadAfterAChangeShowsIt() {
        String gss = CouncilsServiceStub.testCouncil();
        String ref = reference(gss, "2021-05-03");
        Map<String, Object> body = Drafts.direction(gss, "2021-05-03");
        body.put("title", "A KEPT DIRECTION");
        String etag = Drafts.draft(body);
        readAll(ref, etag, "DRAFT", "A KEPT DIRECTION", "MONTHLY");

        body.put("title", "A KEPT DIRECTION RETITLED");
        etag = admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then().statusCode(200).extract().header("ETag");
        readAll(ref, etag, "DRAFT", "A KEPT DIRECTION RETITLED", "MONTHLY");

        // the duties alone
        at(body, "duties", 0, "cadence").put("type", "REGULAR");
        etag = admin().header("If-Match", etag).body(body).put("/v1/directions/" + ref).then().statusCode(200).extract().header("ETag");
        readAll(ref, etag, "DRAFT", "A KEPT DIRECTION RETITLED", "REGULAR");

        etag = admin().header("If-Match", etag).post("/v1/directions/" + ref + "/issue").then().statusCode(200).extract().header("ETag");
        readAll(ref, etag, "ISSUED", "A KEPT DIRECTION RETITLED", "REGULAR");

        etag = admin().header("If-Match", etag).body(Map.of("revokedOn", "2022-01-31", "reason", "Sufficient improvement."))
                .post("/v1/directions/" + ref + "/revocation").then().statusCode(200).extract().header("ETag");
        readAll(ref, etag, "REVOKED", "A KEPT DIRECTION RETITLED", "REGULAR");
        analyst().accept("text/plain").get("/v1/directions/" + ref + "/document").then()
                .body(containsString("REVOKED: not in force from 31 January 2022"));
    }

    /** Reads the direction and both documents twice (the second from what was kept), each with the version and content expected. */
    private static void readAll(String ref, String etag, String status, String title, String cadence) {
        for (int i = 0; i < 2; i++) {
            admin().get("/v1/directions/" + ref).then().statusCode(200).header("ETag", equalTo(etag))
                    .body("status", equalTo(status)).body("title", equalTo(title)).body("duties[0].cadence.type", equalTo(cadence));
            admin().accept("text/html").get("/v1/directions/" + ref + "/document").then().statusCode(200).header("ETag", equalTo(etag))
                    .body(containsString(title));
            admin().accept("text/plain").get("/v1/directions/" + ref + "/document").then().statusCode(200).header("ETag", equalTo(etag))
                    .body(containsString(title)).body(not(containsString("<html")))
                    .body(status.equals("DRAFT") ? containsString("DRAFT: not issued") : not(containsString("DRAFT: not issued")));
        }
    }
}
