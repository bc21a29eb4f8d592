package uk.gov.education.intervention.directions.client;

import uk.gov.education.intervention.platform.downstream.DownstreamRejectedException;

/** councils-service answered that it holds no council with this GSS code (404). */
public class UnknownCouncilException extends DownstreamRejectedException {

    public UnknownCouncilException() {
        super(404, "councils-service holds no such council");
    }
}
