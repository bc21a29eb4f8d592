package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.DevTokens;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The refusals made before any resource method runs (platform FrameworkProblems), in the suite's
 * words: each a problem saying what would have been accepted, with no word of the framework's.
 */
@QuarkusTest
class FrameworkProblemsTest {

    private static final String TYPE = "urn:problem-type:intervention:";
    private static final String ORGANISATION = "/v1/organisations/b0000000-0000-4000-8000-000000000007";

    /** An admin's request exactly as written: no Content-Type or charset added by REST Assured. */
    private static RequestSpecification admin() {
        return RestAssured.given()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(DevTokens.token("dfe-admin"));
    }

    @Test
    void anUnknownPathIsA404SayingWhereTheOperationsAreListed() {
        for (String path : new String[] {"/v1/nowhere", "/", "/v1"}) {
            admin().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo(TYPE + "not-found"))
                    .body("title", equalTo("Not found"))
                    .body("instance", equalTo(path))
                    .body("detail", allOf(containsString("/q/openapi"), not(containsString("resource method")), not(containsString("HTTP 404"))));
        }
    }

    @Test
    void aMalformedIdInThePathIsA404NamingTheId() {
        admin().get("/v1/organisations/not-a-uuid").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(TYPE + "not-found"))
                .body("instance", equalTo("/v1/organisations/not-a-uuid"))
                .body("detail", allOf(containsString("'not-a-uuid' is not a valid id"), containsString("UUID")));
        admin().contentType("application/json").body("{}").post("/v1/organisations/12345/retirement").then().statusCode(404)
                .body("detail", containsString("'12345' is not a valid id"));
    }

    @Test
    void aMethodNotAllowedIsA405ThatListsTheMethodsInAllow() {
        admin().delete("/v1/councils").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, POST")
                .body("type", equalTo(TYPE + "method-not-allowed"))
                .body("instance", equalTo("/v1/councils"))
                .body("detail", equalTo("DELETE is not allowed at this address; it allows GET, HEAD, POST."));
        admin().delete(ORGANISATION).then().statusCode(405).header("Allow", "GET, HEAD, PUT");
    }

    @Test
    void anAcceptThatCannotBeMetIsA406NamingWhatTheOperationProduces() {
        admin().accept("text/csv").get("/v1/councils").then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo(TYPE + "not-acceptable"))
                .body("detail", allOf(containsString("answers with application/json"), not(containsString("@Produces"))));
    }

    @Test
    void curlsDefaultFormTypeIsA415SayingToSendJson() {
        admin().contentType("application/x-www-form-urlencoded").body("{}").post("/v1/organisations").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPE + "unsupported-media-type"))
                .body("detail", allOf(startsWith("Content-Type 'application/x-www-form-urlencoded"),
                        containsString("is not accepted here; send Content-Type: application/json."),
                        endsWith("curl -d sends this type unless told otherwise: add -H 'Content-Type: application/json', or use --json.")));
    }

    @Test
    void aWrongContentTypeIsA415NamingIt() {
        admin().contentType("text/plain").body("{}").post("/v1/organisations").then().statusCode(415)
                .body("detail", allOf(containsString("'text/plain' is not accepted here"), containsString("send Content-Type: application/json"),
                        not(containsString("@Consumes"))));
    }

    @Test
    void mediaTypesWithParametersAreAccepted() {
        // read as JSON (and so refused for its content, not its type)
        admin().contentType("application/json; charset=utf-8").body("{}").post("/v1/organisations").then().statusCode(400)
                .body("type", equalTo(TYPE + "validation"));
        admin().accept("application/json; charset=utf-8").get("/v1/councils").then().statusCode(200);
        admin().accept("application/json;q=0.9, text/csv;q=1").get("/v1/councils").then().statusCode(200);
    }

}
