package uk.gov.education.intervention.platform.downstream;

/** Another service answered with an error status. */
public abstract class DownstreamHttpException extends RuntimeException {

    private final int status;

    protected DownstreamHttpException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
