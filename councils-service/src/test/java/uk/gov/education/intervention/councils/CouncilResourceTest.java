package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.Callers.as;

@QuarkusTest
class CouncilResourceTest {

    @Test
    void stokeShowsItsCurrentRatingInadequate() {
        analyst().get("/v1/councils/" + STOKE).then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("gssCode", equalTo(STOKE))
                .body("laCode", equalTo("861"))
                .body("name", equalTo("Stoke-on-Trent City Council"))
                .body("currentRating.overallEffectiveness", equalTo("INADEQUATE"))
                .body("currentRating.publishedOn", equalTo("2019-03-18"))
                .body("currentRating.framework", equalTo("ILACS_2018"));
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        anonymous().get("/v1/councils/" + STOKE).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        anonymous().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/v1/councils/" + STOKE).then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void everyRoleMayReadCouncils() {
        for (var spec : new io.restassured.specification.RequestSpecification[]{
                admin(), analyst(), as("commissioner", "E06000035"), as("council-reporter", "E06000035")}) {
            spec.get("/v1/councils").then().statusCode(200).body("items.gssCode", hasItem(STOKE));
        }
    }

    @Test
    void listIsPagedInGssOrderWithAStableCursor() {
        String[] seeded = {"E06000021", "E06000035", "E08000007"};
        String next = analyst().queryParam("limit", 2).queryParam("gss", (Object[]) seeded).get("/v1/councils").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].gssCode", equalTo("E06000021"))
                .body("items[1].gssCode", equalTo("E06000035"))
                .body("limit", equalTo(2))
                .extract().path("next");
        analyst().queryParam("limit", 2).queryParam("cursor", next).queryParam("gss", (Object[]) seeded)
                .get("/v1/councils").then()
                .statusCode(200)
                .body("items.gssCode", contains("E08000007"))
                .body("next", nullValue());
    }

    @Test
    void badPageParametersAreProblems() {
        analyst().queryParam("limit", 0).get("/v1/councils").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        analyst().queryParam("cursor", "not-a-cursor").get("/v1/councils").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void anInvalidGssCodeIsA400Problem() {
        analyst().get("/v1/councils/X123").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("gss"))
                .body("errors[0].message", containsString("GSS code"));
    }

    @Test
    void anUnknownCouncilIsA404Problem() {
        analyst().get("/v1/councils/E06000999").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("E06000999"));
    }
}
