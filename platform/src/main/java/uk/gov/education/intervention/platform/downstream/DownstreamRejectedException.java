package uk.gov.education.intervention.platform.downstream;

/**
 * Another service refused a request (4xx). That is an answer about the request, not an outage:
 * it is neither retried nor counted against the circuit breaker, and the dependency counts as
 * reachable. The caller decides what the refusal means.
 */
public class DownstreamRejectedException extends DownstreamHttpException {

    public DownstreamRejectedException(int status, String message) {
        super(status, message);
    }
}
