package uk.gov.education.intervention.platform.downstream;

/** Another service failed (5xx or an unexpected status): worth retrying, and counted against its circuit. */
public class DownstreamFailedException extends DownstreamHttpException {

    public DownstreamFailedException(int status, String message) {
        super(status, message);
    }
}
