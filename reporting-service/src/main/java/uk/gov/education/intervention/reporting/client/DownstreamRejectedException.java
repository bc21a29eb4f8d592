package uk.gov.education.intervention.reporting.client;

/**
 * Another service refused a request (4xx). Retrying would not help, so fault tolerance does not
 * retry it; the caller treats the dependency as unavailable for this request.
 */
public class DownstreamRejectedException extends RuntimeException {

    private final int status;

    public DownstreamRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
