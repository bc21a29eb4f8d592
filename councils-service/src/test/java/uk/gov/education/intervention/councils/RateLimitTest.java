package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.person;

/** The per-caller limit on writes (platform RateLimit), with a limit low enough to reach. */
@QuarkusTest
@TestProfile(Reconfigured.class) // 3 writes an hour
class RateLimitTest {

    @Test
    void aCallerOverTheLimitGets429WithRetryAfterWhileReadsAndOtherCallersGoOn() {
        // writes refused for their content count as well: a limit protects the service, not the data
        for (int i = 0; i < 3; i++) {
            assertNotEquals(429, admin().body("{}").post("/v1/organisations").statusCode());
        }
        Response refused = admin().body("{}").post("/v1/organisations");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:too-many-requests"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("more than 3 such requests in 3600 seconds"))
                .body("instance", equalTo("/v1/organisations"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 3500 && retryAfter <= 3600, "Retry-After " + retryAfter);
        // every kind of write by that caller, at any address
        admin().body("{}").put("/v1/organisations/b0000000-0000-4000-8000-000000000007").then().statusCode(429);

        for (int i = 0; i < 10; i++) {
            admin().get("/v1/councils").then().statusCode(200);
        }
        // another caller (another subject), even of the same role, has its own count
        person("dfe-admin", null, "other").body("{}").post("/v1/organisations").then().statusCode(400);
        analyst().body("{}").post("/v1/organisations").then().statusCode(403);
    }
}
