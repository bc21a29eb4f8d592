package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The settings of the test classes that need some of their own, in one profile: Quarkus starts the
 * application again for every profile, so one shared profile costs one start instead of one per
 * class. Each setting here goes unnoticed by the other classes that use it (say so when adding one).
 */
public class Reconfigured implements QuarkusTestProfile {

    /**
     * FeedRateLimitTest: the requests a caller may make in an hour, low enough to reach. The classes here
     * write at most twice in all as any one caller (reporter(STOKE): a subscription in each), and each feed
     * token is new, so only FeedRateLimitTest reaches it.
     */
    static final int RATE_LIMIT = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "suite.rate-limit.requests", String.valueOf(RATE_LIMIT), "suite.rate-limit.window", "1H",
                // FeedKeyRotationTest: the test secret moved to the previous keys, and a new one current
                "directions.feed.secret", FeedKeyRotationTest.NEW_SECRET,
                "directions.feed.previous-secrets", FeedSubscriptionTest.TEST_SECRET);
    }
}
