package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.as;
import static uk.gov.education.intervention.devkit.Callers.commissioner;
import static uk.gov.education.intervention.devkit.Callers.reporter;

@QuarkusTest
class CouncilWriteTest {

    private static Map<String, Object> council(String gss, String la, String name) {
        return Map.of("gssCode", gss, "laCode", la, "name", name, "type", "LONDON_BOROUGH", "region", "LONDON");
    }

    private static void assertNotStored(String gss) {
        analyst().get("/v1/councils/" + gss).then().statusCode(404);
    }

    @Test
    void adminRecordsACouncilAndItsHistoryShowsWhoAndWhat() {
        String etag = admin().body(council("E09000901", "101", "Test Borough Corporation")).post("/v1/councils").then()
                .statusCode(201)
                .header("Location", containsString("/v1/councils/E09000901"))
                .header("ETag", notNullValue())
                .body("name", equalTo("Test Borough Corporation"))
                .extract().header("ETag");

        admin().header("If-Match", etag)
                .body(Map.of("laCode", "101", "name", "Test Borough", "type", "CITY_OF_LONDON", "region", "LONDON"))
                .put("/v1/councils/E09000901").then()
                .statusCode(200)
                .body("name", equalTo("Test Borough"))
                .header("ETag", not(equalTo(etag)));

        analyst().get("/v1/councils/E09000901/history").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].action", equalTo("created"))
                .body("items[1].action", equalTo("updated"))
                .body("items[1].actor", equalTo("dev-dfe-admin@example.invalid"))
                .body("items[1].changes.name.from", equalTo("Test Borough Corporation"))
                .body("items[1].changes.name.to", equalTo("Test Borough"))
                .body("items[1].changes.type.to", equalTo("CITY_OF_LONDON"));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String etag = admin().body(council("E09000902", "102", "Barking and Dagenham")).post("/v1/councils").then()
                .statusCode(201).extract().header("ETag");
        Map<String, Object> change = Map.of("name", "London Borough of Barking and Dagenham", "type", "LONDON_BOROUGH", "region", "LONDON");

        admin().body(change).put("/v1/councils/E09000902").then()
                .statusCode(428).contentType("application/problem+json");
        admin().header("If-Match", "\"999\"").body(change).put("/v1/councils/E09000902").then()
                .statusCode(412).contentType("application/problem+json")
                .header("ETag", equalTo(etag));
        // the strong comparison of RFC 9110: a weak tag never matches, even of the current version
        admin().header("If-Match", "W/" + etag).body(change).put("/v1/councils/E09000902").then()
                .statusCode(412).header("ETag", equalTo(etag));
        // a tag without its quotes is a mistake of form, not a stale record
        String bare = etag.replace("\"", "");
        admin().header("If-Match", bare).body(change).put("/v1/councils/E09000902").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"))
                .body("detail", containsString("send If-Match: " + etag + ", not If-Match: " + bare));
        analyst().get("/v1/councils/E09000902").then().body("name", equalTo("Barking and Dagenham"));

        admin().header("If-Match", "W/\"0\", " + etag).body(change).put("/v1/councils/E09000902").then().statusCode(200);
        admin().header("If-Match", etag).body(change).put("/v1/councils/E09000902").then().statusCode(412);
    }

    @Test
    void malformedJsonIsAProblemAndStoresNothing() {
        admin().body("{\"gssCode\": \"E09000903\", \"name\": ").post("/v1/councils").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:validation"))
                .body("detail", containsString("not well-formed JSON"))
                .body("detail", not(containsString("com.fasterxml")));
        assertNotStored("E09000903");
    }

    @Test
    void anUnknownEnumValueNamesTheAcceptedValues() {
        Map<String, Object> body = new java.util.HashMap<>(council("E09000904", "103", "Camden"));
        body.put("type", "PARISH");
        admin().body(body).post("/v1/councils").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("UNITARY_AUTHORITY"))
                .body("detail", not(containsString("uk.gov")));
        assertNotStored("E09000904");
    }

    @Test
    void missingAndInvalidFieldsAreEachNamed() {
        admin().body(Map.of("gssCode", "X1", "laCode", "12")).post("/v1/councils").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("gssCode"))
                .body("errors.field", hasItem("laCode"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("region"));
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored() {
        Map<String, Object> body = new java.util.HashMap<>(council("E09000905", "104", "Greenwich"));
        body.put("nmae", "typo");
        admin().body(body).post("/v1/councils").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nmae"));
        assertNotStored("E09000905");
    }

    @Test
    void anEmptyBodyIsAProblem() {
        admin().post("/v1/councils").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String huge = "x".repeat(70_000);
        admin().body(council("E09000906", "105", huge)).post("/v1/councils").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertNotStored("E09000906");
    }

    @Test
    void aDuplicateGssCodeIsAConflict() {
        admin().body(council("E06000021", "999", "Another Stoke")).post("/v1/councils").then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void onlyDfeAdminMayChangeCouncils() {
        for (var caller : new io.restassured.specification.RequestSpecification[]{
                analyst(), commissioner("E06000021"), reporter("E06000021")}) {
            caller.body(council("E09000907", "106", "Hackney")).post("/v1/councils").then()
                    .statusCode(403).contentType("application/problem+json");
            caller.header("If-Match", "\"0\"")
                    .body(Map.of("name", "X", "type", "UNITARY_AUTHORITY", "region", "WEST_MIDLANDS"))
                    .put("/v1/councils/E06000021").then()
                    .statusCode(403);
        }
        assertNotStored("E09000907");
        as("council-reporter", "E06000021").get("/v1/councils/E06000021").then().body("name", equalTo("Stoke-on-Trent City Council"));
    }
}
