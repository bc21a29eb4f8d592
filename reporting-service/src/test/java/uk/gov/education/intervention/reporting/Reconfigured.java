package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The settings of the test classes that need some of their own, in one profile: Quarkus starts the
 * application again for every profile, so one shared profile costs one start instead of one per
 * class. Each setting here goes unnoticed by the other classes that use it (say so when adding one).
 * Not here: a low rate limit (FeedRateLimitTest) or an identity provider's grant (ClientCredentialsTest)
 * would change what the other classes see.
 */
public class Reconfigured implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // FixedServiceTokenTest: the token sent downstream; the others' downstream calls need none
                "reporting.service-token", "a-token-issued-to-reporting-service",
                // FeedKeyRotationTest: the test secret moved to the previous keys, and a new one current
                "reporting.feed.secret", FeedKeyRotationTest.NEW_SECRET,
                "reporting.feed.previous-secrets", FeedTokenTest.TEST_SECRET,
                // OtlpExportTest: spans exported to its collector (the endpoint is its Collector's)
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "100ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OtlpExportTest.Collector.class));
    }
}
