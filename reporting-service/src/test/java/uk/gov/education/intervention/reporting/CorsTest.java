package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * Browsers may call the API only from the origins configured (CORS_ORIGINS; in tests
 * https://frontend.test.invalid): such a page may send a token and If-Match and read the ETag
 * (and Retry-After, Idempotent-Replayed);
 * a page of any other origin gets no CORS permission. (The production rule against '*' is
 * platform's CorsPolicyTest.)
 */
@QuarkusTest
class CorsTest {

    private static final String ALLOWED = "https://frontend.test.invalid";
    private static final String OTHER = "https://elsewhere.example";

    private static Response preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,if-match")
                .options("/v1/submissions");
    }

    @Test
    void aConfiguredOriginMayCallWithATokenAndReadTheETag() {
        preflight(ALLOWED).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("if-match"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        analyst().header("Origin", ALLOWED).get("/v1/due-items/E06000021-2019-10-31.performance-review.2020-04-30")
                .then().header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("ETag"));
    }

    @Test
    void aConfiguredOriginMayReadWhenToRetryAndWhetherAnAnswerWasReplayed() {
        // a 429 or 503 says when to retry in Retry-After, which no page can read unless it is exposed
        analyst().header("Origin", ALLOWED).get("/v1/due-items/E06000021-2019-10-31.performance-review.2020-04-30")
                .then().header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("Retry-After"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("Idempotent-Replayed"));
    }

    @Test
    void anyOtherOriginGetsNoPermission() {
        Response refused = preflight(OTHER);
        refused.then().header("Access-Control-Allow-Origin", nullValue());
        assertNotEquals(200, refused.statusCode(), "a preflight from an origin not configured should fail");
        analyst().header("Origin", OTHER).get("/v1/due-items/E06000021-2019-10-31.performance-review.2020-04-30")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
