package uk.gov.education.intervention.platform.downstream;

import io.quarkus.oidc.client.OidcClientException;
import io.smallrye.faulttolerance.api.Guard;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.temporal.ChronoUnit;

/**
 * The rules every call to another service follows, as one SmallRye Fault Tolerance guard per
 * circuit breaker: a timeout per attempt, quick retries and a circuit breaker, all from the
 * dependency's {@link DownstreamConfig.Policy}. An answer that refuses the request (4xx) and a call
 * this service could not make for want of its own token are neither retried nor failures.
 */
public final class DownstreamPolicy {

    private DownstreamPolicy() {
    }

    /**
     * Whether this outcome of an attempt says the other service is failing (and so counts against its
     * circuit). A refusal (4xx) is an answer; a call the OIDC client filter stopped because the identity
     * provider gave this service no token (an {@link OidcClientException}, possibly wrapped by the REST
     * client) never reached the other service.
     */
    public static boolean isOutage(Throwable failure) {
        return !(failure instanceof DownstreamRejectedException) && !isWithoutOwnToken(failure);
    }

    /** Whether the call failed for want of this service's own token (the identity provider refused or did not answer). */
    public static boolean isWithoutOwnToken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OidcClientException) {
                return true;
            }
        }
        return false;
    }

    /** Whether an attempt that ended so is tried again. */
    public static boolean isRetried(Throwable failure, DownstreamConfig.Retry retry) {
        return isOutage(failure) && (retry.onTimeout() || !(failure instanceof TimeoutException));
    }

    /** The guard of the calls under one circuit breaker, named so that readiness and tests can see it. */
    public static Guard guard(String circuitBreaker, DownstreamConfig.Policy policy) {
        DownstreamConfig.Retry retry = policy.retry();
        DownstreamConfig.CircuitBreaker breaker = policy.circuitBreaker();
        return Guard.create()
                .withDescription(circuitBreaker)
                .withTimeout().duration(policy.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(retry.maxRetries())
                .delay(retry.delay().toMillis(), ChronoUnit.MILLIS)
                .jitter(retry.jitter().toMillis(), ChronoUnit.MILLIS)
                .whenException(failure -> isRetried(failure, retry)).done()
                .withCircuitBreaker().name(circuitBreaker)
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.successThreshold())
                .when(DownstreamPolicy::isOutage).done()
                .build();
    }
}
