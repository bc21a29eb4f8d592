package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The settings of the test classes that need some of their own, in one profile: Quarkus starts the
 * application again for every profile, so one shared profile costs one start instead of one per
 * class. Each setting here goes unnoticed by the other classes that use it (say so when adding one).
 */
public class Reconfigured implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // RateLimitTest: a limit on writes low enough to reach; RetiringTest only reads
                "suite.rate-limit.requests", "3", "suite.rate-limit.window", "1H",
                // RetiringTest: builds the service with RetiringProbeResource, which no other class calls
                "suite.test.retiring-probe", "true");
    }
}
