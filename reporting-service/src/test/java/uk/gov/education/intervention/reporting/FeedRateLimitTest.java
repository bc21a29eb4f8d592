package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.MEDWAY;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;
import static uk.gov.education.intervention.reporting.Downstream.map;

/** The calendar feed is limited per subscription token (platform RateLimit, suite.rate-limit.paths). */
@QuarkusTest
@TestProfile(Reconfigured.class) // Reconfigured.RATE_LIMIT requests an hour
class FeedRateLimitTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    private static String feed(String council) {
        // two subscriptions: one write each for two callers
        URI url = URI.create(reporter(council).body(map("councilGssCode", council)).post("/v1/calendar/subscriptions")
                .then().statusCode(201).extract().path("feedUrl"));
        return url.getPath() + "?" + url.getRawQuery();
    }

    @Test
    void aFeedTokenOverTheLimitGets429WhileAnotherTokenGoesOn() {
        String stoke = feed(STOKE);
        String medway = feed(MEDWAY);
        for (int i = 0; i < Reconfigured.RATE_LIMIT; i++) {
            given().get(stoke).then().statusCode(200);
        }
        Response refused = given().get(stoke);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:too-many-requests"));
        assertNotEquals(null, refused.header("Retry-After"));
        given().get(medway).then().statusCode(200);
        // the same feed with a bearer token is counted for that caller
        analyst().accept("text/calendar").get("/v1/calendar/due-items.ics").then().statusCode(200);
    }
}
