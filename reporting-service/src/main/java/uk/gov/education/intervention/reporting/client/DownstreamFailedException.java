package uk.gov.education.intervention.reporting.client;

/** Another service failed (5xx or an unexpected status): worth retrying. */
public class DownstreamFailedException extends RuntimeException {

    public DownstreamFailedException(String message) {
        super(message);
    }
}
