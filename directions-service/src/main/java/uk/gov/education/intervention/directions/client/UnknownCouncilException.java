package uk.gov.education.intervention.directions.client;

/** councils-service answered that it holds no council with this GSS code. */
public class UnknownCouncilException extends RuntimeException {

    public UnknownCouncilException() {
        super("councils-service holds no such council");
    }
}
