package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.gov.education.intervention.devkit.Callers.MEDWAY;
import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;

/** The Atom feed is limited per subscription token, as feed readers poll it (platform RateLimit, suite.rate-limit.paths). */
@QuarkusTest
@TestProfile(Reconfigured.class) // Reconfigured.RATE_LIMIT requests an hour
class FeedRateLimitTest {

    private static String feed(String council) {
        // two subscriptions: one write each for two callers
        URI url = URI.create(reporter(council).post(FeedSubscriptionTest.SUBSCRIPTIONS).then().statusCode(201).extract().path("feedUrl"));
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
        analyst().accept("application/atom+xml").get(FeedSubscriptionTest.FEED).then().statusCode(200);
    }
}
