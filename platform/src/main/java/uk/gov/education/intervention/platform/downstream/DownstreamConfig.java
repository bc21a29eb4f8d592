package uk.gov.education.intervention.platform.downstream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.util.Map;

/**
 * The timeout, retries and circuit breaker of the calls to each dependency,
 * {@code suite.downstream.<dependency>.*} (e.g. {@code suite.downstream.councils-service.timeout=2s}).
 * A dependency not named here gets the defaults. The base URL and connect timeout stay with the
 * REST client ({@code quarkus.rest-client.<key>.*}).
 */
@ConfigMapping(prefix = "suite.downstream")
public interface DownstreamConfig {

    @WithParentName
    @WithDefaults
    Map<String, Policy> dependencies();

    /** The policy of one dependency (the defaults when it has none of its own). */
    default Policy policy(String dependency) {
        return dependencies().get(dependency);
    }

    interface Policy {
        /** How long one attempt may take, the whole exchange included. */
        @WithDefault("2s")
        Duration timeout();

        Retry retry();

        CircuitBreaker circuitBreaker();
    }

    /** Quick retries of failures; a 4xx answer is never retried. */
    interface Retry {
        @WithDefault("2")
        int maxRetries();

        @WithDefault("100ms")
        Duration delay();

        @WithDefault("50ms")
        Duration jitter();

        /** Whether an attempt that timed out is tried again (by default not: it has already spent the caller's wait). */
        @WithDefault("false")
        boolean onTimeout();
    }

    /**
     * Opens when at least {@code failure-ratio} of the last {@code request-volume-threshold} attempts
     * failed; stays open for {@code delay}, then closes after {@code success-threshold} trial
     * attempts succeed. A 4xx answer is not a failure.
     */
    interface CircuitBreaker {
        @WithDefault("10")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        @WithDefault("15s")
        Duration delay();

        @WithDefault("1")
        int successThreshold();
    }
}
