package uk.gov.education.intervention.platform.downstream;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each dependency's timeout, retries and circuit breaker are read from suite.downstream.<dependency>.*, with one default. */
class DownstreamConfigTest {

    private static DownstreamConfig read(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(properties, "test", 300))
                .withMapping(DownstreamConfig.class)
                .build();
        return config.getConfigMapping(DownstreamConfig.class);
    }

    @Test
    void aDependencyWithoutSettingsGetsTheDefaults() {
        DownstreamConfig.Policy policy = read(Map.of()).policy("councils-service");
        assertEquals(Duration.ofSeconds(2), policy.timeout());
        assertEquals(2, policy.retry().maxRetries());
        assertEquals(Duration.ofMillis(100), policy.retry().delay());
        assertEquals(Duration.ofMillis(50), policy.retry().jitter());
        assertFalse(policy.retry().onTimeout());
        assertEquals(10, policy.circuitBreaker().requestVolumeThreshold());
        assertEquals(0.5, policy.circuitBreaker().failureRatio());
        assertEquals(Duration.ofSeconds(15), policy.circuitBreaker().delay());
        assertEquals(1, policy.circuitBreaker().successThreshold());
    }

    @Test
    void eachDependencyReadsItsOwnBreakerAndTimeout() {
        DownstreamConfig config = read(Map.of(
                "suite.downstream.councils-service.timeout", "400ms",
                "suite.downstream.councils-service.retry.on-timeout", "true",
                "suite.downstream.councils-service.circuit-breaker.request-volume-threshold", "8",
                "suite.downstream.councils-service.circuit-breaker.delay", "30s",
                "suite.downstream.councils-service.circuit-breaker.success-threshold", "2",
                "suite.downstream.directions-service.timeout", "3000ms"));
        DownstreamConfig.Policy councils = config.policy("councils-service");
        assertEquals(Duration.ofMillis(400), councils.timeout());
        assertTrue(councils.retry().onTimeout());
        assertEquals(8, councils.circuitBreaker().requestVolumeThreshold());
        assertEquals(Duration.ofSeconds(30), councils.circuitBreaker().delay());
        assertEquals(2, councils.circuitBreaker().successThreshold());
        assertEquals(0.5, councils.circuitBreaker().failureRatio());

        DownstreamConfig.Policy directions = config.policy("directions-service");
        assertEquals(Duration.ofSeconds(3), directions.timeout());
        assertEquals(Duration.ofSeconds(15), directions.circuitBreaker().delay());
        assertEquals(1, directions.circuitBreaker().successThreshold());
        assertFalse(directions.retry().onTimeout());
    }
}
