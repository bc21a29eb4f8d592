package uk.gov.education.intervention.reporting.client;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns error statuses of the other services into exceptions that fault tolerance can tell apart. */
public class DownstreamErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            return new DownstreamRejectedException(status, "refused with HTTP " + status);
        }
        return new DownstreamFailedException("failed with HTTP " + status);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
