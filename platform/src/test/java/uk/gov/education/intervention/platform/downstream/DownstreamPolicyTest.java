package uk.gov.education.intervention.platform.downstream;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import io.quarkus.oidc.client.OidcClientException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 4xx is an answer, not an outage; failures and timeouts are outages, and a timeout is retried only when configured. */
class DownstreamPolicyTest {

    @Test
    void aRefusalIsAnAnswerThatNeitherOpensTheCircuitNorIsRetried() {
        for (int status : new int[] {400, 401, 403, 404, 409, 422, 499}) {
            RuntimeException e = DownstreamErrors.forStatus(status);
            assertInstanceOf(DownstreamRejectedException.class, e, "HTTP " + status);
            assertFalse(DownstreamPolicy.isOutage(e), "HTTP " + status);
            assertFalse(DownstreamPolicy.isRetried(e, retry(true)), "HTTP " + status);
        }
    }

    @Test
    void aServerErrorOrAnUnexpectedStatusIsAnOutageAndIsRetried() {
        for (int status : new int[] {500, 502, 503, 504, 300, 302}) {
            RuntimeException e = DownstreamErrors.forStatus(status);
            assertInstanceOf(DownstreamFailedException.class, e, "HTTP " + status);
            assertTrue(DownstreamPolicy.isOutage(e), "HTTP " + status);
            assertTrue(DownstreamPolicy.isRetried(e, retry(false)), "HTTP " + status);
        }
        RuntimeException reset = new UncheckedIOException(new IOException("Connection reset"));
        assertTrue(DownstreamPolicy.isOutage(reset));
        assertTrue(DownstreamPolicy.isRetried(reset, retry(false)));
    }

    @Test
    void aStatusBelow400IsNotAnError() {
        DownstreamErrors errors = new DownstreamErrors();
        assertFalse(errors.handles(200, null));
        assertFalse(errors.handles(304, null));
        assertTrue(errors.handles(400, null));
        assertTrue(errors.handles(500, null));
    }

    @Test
    void aTimeoutIsAnOutageRetriedOnlyWhenTheDependencySaysSo() {
        TimeoutException timeout = new TimeoutException("too slow");
        assertTrue(DownstreamPolicy.isOutage(timeout));
        assertFalse(DownstreamPolicy.isRetried(timeout, retry(false)));
        assertTrue(DownstreamPolicy.isRetried(timeout, retry(true)));
    }

    @Test
    void withoutItsOwnTokenThisServiceDoesNotBlameTheOther() {
        // as the REST client throws it when the OIDC client filter got no token: wrapped
        RuntimeException noToken = new jakarta.ws.rs.ProcessingException(new OidcClientException("invalid_client"));
        assertFalse(DownstreamPolicy.isOutage(noToken));
        assertFalse(DownstreamPolicy.isRetried(noToken, retry(true)));
        assertFalse(DownstreamPolicy.isOutage(new OidcClientException("token endpoint unreachable")));
    }

    private static DownstreamConfig.Retry retry(boolean onTimeout) {
        return new DownstreamConfig.Retry() {
            @Override
            public int maxRetries() {
                return 2;
            }

            @Override
            public Duration delay() {
                return Duration.ofMillis(100);
            }

            @Override
            public Duration jitter() {
                return Duration.ofMillis(50);
            }

            @Override
            public boolean onTimeout() {
                return onTimeout;
            }
        };
    }
}
