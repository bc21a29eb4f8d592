package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The settings of the test classes that need some of their own, in one profile: Quarkus starts the
 * application again for every profile, so one shared profile costs one start instead of one per
 * class. Each setting here goes unnoticed by the other classes that use it (say so when adding one).
 */
public class Reconfigured implements QuarkusTestProfile {

    /**
     * FeedRateLimitTest: the requests a caller may make in an hour, low enough to reach. Every class here
     * writes at most twice in all as any one caller (reporter(STOKE): a subscription here and one in
     * FeedKeyRotationTest), and each feed token is new, so only FeedRateLimitTest reaches it.
     */
    static final int RATE_LIMIT = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "suite.rate-limit.requests", String.valueOf(RATE_LIMIT), "suite.rate-limit.window", "1H",
                // FeedKeyRotationTest: the test secret moved to the previous keys, and a new one current
                "reporting.feed.secret", FeedKeyRotationTest.NEW_SECRET,
                "reporting.feed.previous-secrets", FeedTokenTest.TEST_SECRET,
                // OtlpExportTest: spans exported to its collector (the endpoint is its Collector's)
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "100ms");
    }

    /**
     * OtlpExportTest's collector, and ClientCredentialsTest's identity provider: with it, every call to the
     * other services carries a token it grants (the other classes here do not look at the token). Until
     * ClientCredentialsTest says otherwise it grants tokens that are always near their expiry, so that
     * ClientCredentialsTest finds no token kept from a class before it.
     */
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OtlpExportTest.Collector.class),
                new TestResourceEntry(ClientCredentialsTest.Issuer.class));
    }
}
