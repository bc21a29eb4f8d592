package uk.gov.education.intervention.platform.downstream;

import io.smallrye.faulttolerance.api.Guard;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every call to another service follows, as one SmallRye Fault Tolerance guard per
 * circuit breaker: a timeout per attempt, quick retries and a circuit breaker, all from the
 * dependency's {@link DownstreamConfig.Policy}. An answer that refuses the request (4xx) and a call
 * this service could not make for want of its own token are neither retried nor failures.
 */
public final class DownstreamPolicy {

    /** Not the other service's fault: never retried, never counted against its circuit. */
    static final List<Class<? extends Throwable>> NOT_OUTAGES =
            List.of(DownstreamRejectedException.class, ServiceTokenUnavailableException.class);

    private DownstreamPolicy() {
    }

    /** Whether this outcome of an attempt says the other service is failing (and so counts against its circuit). */
    public static boolean isOutage(Throwable failure) {
        return NOT_OUTAGES.stream().noneMatch(c -> c.isInstance(failure));
    }

    /** Whether an attempt that ended so is tried again. */
    public static boolean isRetried(Throwable failure, DownstreamConfig.Retry retry) {
        return isOutage(failure) && (retry.onTimeout() || !(failure instanceof TimeoutException));
    }

    /** The guard of the calls under one circuit breaker, named so that readiness and tests can see it. */
    public static Guard guard(String circuitBreaker, DownstreamConfig.Policy policy) {
        DownstreamConfig.Retry retry = policy.retry();
        DownstreamConfig.CircuitBreaker breaker = policy.circuitBreaker();
        List<Class<? extends Throwable>> abortOn = new ArrayList<>(NOT_OUTAGES);
        if (!retry.onTimeout()) {
            abortOn.add(TimeoutException.class);
        }
        return Guard.create()
                .withDescription(circuitBreaker)
                .withTimeout().duration(policy.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(retry.maxRetries())
                .delay(retry.delay().toMillis(), ChronoUnit.MILLIS)
                .jitter(retry.jitter().toMillis(), ChronoUnit.MILLIS)
                .abortOn(abortOn).done()
                .withCircuitBreaker().name(circuitBreaker)
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.successThreshold())
                .skipOn(NOT_OUTAGES).done()
                .build();
    }
}
