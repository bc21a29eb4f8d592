package uk.gov.education.intervention.directions.client;

/** councils-service answered, but not with a council or a 404: it cannot be relied on for this request. */
public class CouncilsServiceException extends RuntimeException {

    private final int status;

    public CouncilsServiceException(int status) {
        super("councils-service answered HTTP " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
